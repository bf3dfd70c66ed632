import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LeadDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { LeadForm } from './LeadForm.tsx';
import { emptyLeadValues, leadToValues } from './leadFormValues.ts';

export function NewLeadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const initial = useMemo(() => emptyLeadValues(), []);
  return (
    <>
      <PageHeader
        title={t('lead.new')}
        back={
          <AnchorLink to="/leads" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('lead.backToList')}</BackLabel>
          </AnchorLink>
        }
      />
      <LeadForm initial={initial} onSaved={(l) => void navigate({ to: '/leads/$id', params: { id: l.id } })} onCancel={() => void navigate({ to: '/leads' })} />
    </>
  );
}

export function EditLeadPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(LeadDocument, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const lead = data?.lead;
  const initial = useMemo(() => (lead ? leadToValues(lead) : null), [lead]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('lead.notFound')} />;
  if (error && !lead) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !lead) return <Center h={240}><Loader /></Center>;
  if (!lead || !initial) return null;
  const toDetail = () => void navigate({ to: '/leads/$id', params: { id } });
  return (
    <>
      <PageHeader
        title={t('lead.editTitle', { name: lead.name })}
        back={
          <AnchorLink to="/leads/$id" params={{ id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('lead.backToLead')}</BackLabel>
          </AnchorLink>
        }
      />
      <LeadForm key={lead.version} initial={initial} existing={{ id, version: lead.version }} onSaved={toDetail} onCancel={toDetail} onReload={() => refetch()} />
    </>
  );
}
