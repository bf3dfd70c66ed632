import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CustomerDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useViewer } from '../auth/useViewer.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { CustomerForm } from './CustomerForm.tsx';
import { customerToValues, emptyCustomerValues } from './customerFormValues.ts';

export function NewCustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useViewer();
  const initial = useMemo(() => emptyCustomerValues(user?.id ?? null), [user?.id]);
  return (
    <>
      <PageHeader title={t('customer.new')} back={
          <AnchorLink to="/customers" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('customer.backToList')}</BackLabel>
          </AnchorLink>
        } />
      <CustomerForm
        initial={initial}
        viewerId={user?.id ?? null}
        onSaved={(c) => void navigate({ to: '/customers/$id', params: { id: c.id } })}
        onCancel={() => void navigate({ to: '/customers' })}
      />
    </>
  );
}

export function EditCustomerPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useViewer();
  const { data, error, loading, refetch } = useQuery(CustomerDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const customer = data?.customer;
  const initial = useMemo(() => (customer ? customerToValues(customer) : null), [customer]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('customer.notFound')} />;
  if (error && !customer) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !customer) return <Center h={240}><Loader /></Center>;
  if (!customer || !initial) return null;

  const toDetail = () => void navigate({ to: '/customers/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('customer.editTitle', { name: customer.name })}
        back={
          <AnchorLink to="/customers/$id" params={{ id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('customer.backToCustomer')}</BackLabel>
          </AnchorLink>
        }
      />
      <CustomerForm
        key={customer.version}
        initial={initial}
        viewerId={user?.id ?? null}
        existing={{ id, version: customer.version }}
        onSaved={toDetail}
        onCancel={toDetail}
        onReload={() => refetch()}
        currentOwner={customer.owner}
      />
    </>
  );
}
