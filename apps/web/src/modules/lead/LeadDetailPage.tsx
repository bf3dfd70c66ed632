import { Center, Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LeadDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { DeletedBadge } from '../customer/CustomerBadges.tsx';
import { LeadActions } from './LeadActions.tsx';
import { LeadPoolBadge, LeadSourceBadge, LeadStatusBadge } from './LeadBadges.tsx';

export function LeadDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(LeadDocument, { variables: { id } });
  const lead = data?.lead;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('lead.notFound')} />;
  if (error && !lead) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !lead) return <Center h={240}><Loader /></Center>;
  if (!lead) return null;

  const facts = [
    { label: t('lead.fields.company'), value: lead.company },
    { label: t('lead.fields.title'), value: lead.title },
    { label: t('lead.fields.email'), value: lead.email },
    { label: t('lead.fields.phone'), value: lead.phone },
    { label: t('lead.fields.owner'), value: lead.owner?.name ?? t('lead.unassigned'), testId: 'lead-owner' },
    { label: t('lead.fields.territory'), value: lead.territory?.name },
    { label: t('lead.fields.createdBy'), value: lead.createdBy?.name },
    { label: t('lead.fields.createdAt'), value: format.dateTime(lead.createdAt) },
    ...(lead.disqualifyReason ? [{ label: t('lead.fields.disqualifyReason'), value: lead.disqualifyReason }] : []),
  ];
  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/leads" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('lead.backToList')}</BackLabel>
          </AnchorLink>
        }
        title={lead.name}
        badges={
          <>
            <LeadStatusBadge status={lead.status} />
            <LeadSourceBadge source={lead.source} />
            {lead.inPool && <LeadPoolBadge />}
            {lead.deletedAt && <DeletedBadge />}
          </>
        }
        actions={<LeadActions lead={lead} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Paper withBorder p="lg">
            <Title order={3} fz="md" mb="md">{t('lead.detail.facts')}</Title>
            <FactList facts={facts} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            {lead.status === 'CONVERTED' && (
              <Paper withBorder p="lg" data-testid="lead-conversion">
                <Title order={3} fz="md" mb="md">{t('lead.detail.converted')}</Title>
                <FactList
                  facts={[
                    { label: t('lead.fields.convertedAt'), value: format.dateTime(lead.convertedAt) },
                    {
                      label: t('lead.fields.convertedCustomer'),
                      value: lead.convertedCustomer && <AnchorLink to="/customers/$id" params={{ id: lead.convertedCustomer.id }} size="sm">{lead.convertedCustomer.name}</AnchorLink>,
                    },
                    {
                      label: t('lead.fields.convertedContact'),
                      value: lead.convertedContact && <AnchorLink to="/contacts/$id" params={{ id: lead.convertedContact.id }} size="sm">{lead.convertedContact.name}</AnchorLink>,
                    },
                  ]}
                />
              </Paper>
            )}
            <Paper withBorder p="lg">
              <Title order={3} fz="md" mb="md">{t('lead.fields.description')}</Title>
              <Text size="sm" c={lead.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                {lead.description || '—'}
              </Text>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
