import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ContractDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useViewer } from '../auth/useViewer.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ContractForm } from './ContractForm.tsx';
import { contractToValues, emptyContractValues } from './contractFormValues.ts';

/** New contract; from a customer page the customer comes prefilled and Cancel returns there. */
export function NewContractPage({ customerId }: { customerId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useViewer();
  const initial = useMemo(() => emptyContractValues(user?.id ?? null, customerId), [user?.id, customerId]);
  const back = customerId ? (
    <AnchorLink to="/customers/$id" params={{ id: customerId }} size="sm" c="dimmed" w="fit-content"><BackLabel>{t('contact.backToCustomer')}</BackLabel></AnchorLink>
  ) : (
    <AnchorLink to="/contracts" size="sm" c="dimmed" w="fit-content"><BackLabel>{t('contract.backToList')}</BackLabel></AnchorLink>
  );
  return (
    <>
      <PageHeader title={t('contract.new')} back={back} />
      <ContractForm
        initial={initial}
        onSaved={(c) => void navigate({ to: '/contracts/$id', params: { id: c.id } })}
        onCancel={() => void (customerId ? navigate({ to: '/customers/$id', params: { id: customerId } }) : navigate({ to: '/contracts' }))}
      />
    </>
  );
}

export function EditContractPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(ContractDocument, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const c = data?.contract;
  const initial = useMemo(() => (c ? contractToValues(c) : null), [c]);
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('contract.notFound')} />;
  if (error && !c) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !c) return <Center h={240}><Loader /></Center>;
  if (!c || !initial) return null;
  const toDetail = () => void navigate({ to: '/contracts/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('contract.editTitle', { number: c.number })}
        back={<AnchorLink to="/contracts/$id" params={{ id }} size="sm" c="dimmed" w="fit-content"><BackLabel>{t('contract.backToContract')}</BackLabel></AnchorLink>}
      />
      <ContractForm key={c.version} initial={initial} existing={{ id, version: c.version }} onSaved={toDetail} onCancel={toDetail} onReload={() => refetch()} currentOwner={c.owner} />
    </>
  );
}
