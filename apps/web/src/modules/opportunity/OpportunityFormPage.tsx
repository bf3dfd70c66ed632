import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OpportunityDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useViewer } from '../auth/useViewer.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { OpportunityForm } from './OpportunityForm.tsx';
import { emptyOpportunityValues, opportunityToValues } from './opportunityFormValues.ts';

/** New deal; from a customer page the customer comes prefilled and the page returns there. */
export function NewOpportunityPage({ customerId }: { customerId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useViewer();
  const initial = useMemo(() => emptyOpportunityValues(user?.id ?? null, customerId), [user?.id, customerId]);
  const back = customerId ? (
    <AnchorLink to="/customers/$id" params={{ id: customerId }} size="sm" c="dimmed" w="fit-content">
      <BackLabel>{t('contact.backToCustomer')}</BackLabel>
    </AnchorLink>
  ) : (
    <AnchorLink to="/opportunities" size="sm" c="dimmed" w="fit-content">
      <BackLabel>{t('opportunity.backToList')}</BackLabel>
    </AnchorLink>
  );
  return (
    <>
      <PageHeader title={t('opportunity.new')} back={back} />
      <OpportunityForm
        initial={initial}
        onSaved={(o) => void navigate({ to: '/opportunities/$id', params: { id: o.id } })}
        onCancel={() => void (customerId ? navigate({ to: '/customers/$id', params: { id: customerId } }) : navigate({ to: '/opportunities' }))}
      />
    </>
  );
}

export function EditOpportunityPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(OpportunityDocument, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const o = data?.opportunity;
  const initial = useMemo(() => (o ? opportunityToValues(o) : null), [o]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('opportunity.notFound')} />;
  if (error && !o) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !o) return <Center h={240}><Loader /></Center>;
  if (!o || !initial) return null;

  const toDetail = () => void navigate({ to: '/opportunities/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('opportunity.editTitle', { name: o.name })}
        back={
          <AnchorLink to="/opportunities/$id" params={{ id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('opportunity.backToOpportunity')}</BackLabel>
          </AnchorLink>
        }
      />
      <OpportunityForm
        key={o.version}
        initial={initial}
        existing={{ id, version: o.version }}
        onSaved={toDetail}
        onCancel={toDetail}
        onReload={() => refetch()}
        currentOwner={o.owner}
        amountFromProducts={Boolean(o.priceBook)}
      />
    </>
  );
}
