import { Badge, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContractDocument, type ContractDetailFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ContractActions } from './ContractActions.tsx';
import { ContractKindBadge, ContractStatusBadge, DaysLeft } from './ContractBadges.tsx';
import { EntitlementsTable } from './EntitlementsTable.tsx';
import { SharesSection } from '../share/SharesSection.tsx';

const day = (d: string | null | undefined) => (d ? `${d}T00:00:00` : null);

function RenewalChain({ contract: c }: { contract: ContractDetailFragment }) {
  const { t } = useTranslation();
  if (!c.renewedFrom && !c.renewedBy) return null;
  return (
    <Paper withBorder p="lg" data-testid="renewal-chain">
      <Title order={3} fz="md" mb="sm">{t('contract.detail.chain')}</Title>
      <Group justify="space-between">
        {c.renewedFrom ? (
          <AnchorLink to="/contracts/$id" params={{ id: c.renewedFrom.id }} size="sm" data-testid="renewed-from">
            <Group gap={4}><IconArrowLeft size={14} />{t('contract.detail.renewedFrom', { number: c.renewedFrom.number })}</Group>
          </AnchorLink>
        ) : <span />}
        {c.renewedBy && (
          <AnchorLink to="/contracts/$id" params={{ id: c.renewedBy.id }} size="sm" data-testid="renewed-by">
            <Group gap={4}>{t('contract.detail.renewedBy', { number: c.renewedBy.number })}<IconArrowRight size={14} /></Group>
          </AnchorLink>
        )}
      </Group>
    </Paper>
  );
}

/** One contract: parties, value and dates with days left, terms, entitlements and the renewal chain. */
export function ContractDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(ContractDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const c = data?.contract;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('contract.notFound')} />;
  if (error && !c) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !c) return <Center h={240}><Loader /></Center>;
  if (!c) return null;
  const editable = !c.deletedAt && ['DRAFT', 'ACTIVE', 'EXPIRING', 'EXPIRED'].includes(c.status) && c.viewerCanEdit;

  return (
    <>
      <PageHeader
        back={<AnchorLink to="/contracts" size="sm" c="dimmed" w="fit-content"><BackLabel>{t('contract.backToList')}</BackLabel></AnchorLink>}
        title={`${c.number} · ${c.title}`}
        badges={
          <>
            <ContractStatusBadge status={c.status} />
            <ContractKindBadge kind={c.kind} />
            {c.deletedAt && <Badge color="red" variant="filled">{t('common.deleted')}</Badge>}
          </>
        }
        actions={<ContractActions contract={c} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6, lg: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg">
              <Title order={3} fz="md" mb="md">{t('contract.detail.parties')}</Title>
              <FactList
                facts={[
                  { label: t('contract.fields.customer'), value: c.customer && <AnchorLink to="/customers/$id" params={{ id: c.customer.id }} size="sm">{c.customer.name}</AnchorLink> },
                  { label: t('contract.fields.contact'), value: c.contact && <AnchorLink to="/contacts/$id" params={{ id: c.contact.id }} size="sm">{c.contact.name}</AnchorLink> },
                  { label: t('contract.fields.owner'), value: c.owner?.name },
                  { label: t('contract.fields.partner'), value: c.partner?.name },
                  { label: t('contract.fields.opportunity'), value: c.opportunity && <AnchorLink to="/opportunities/$id" params={{ id: c.opportunity.id }} size="sm">{c.opportunity.name}</AnchorLink> },
                ]}
              />
            </Paper>
            <Paper withBorder p="lg">
              <Title order={3} fz="md" mb="md">{t('contract.detail.period')}</Title>
              <FactList
                facts={[
                  { label: t('contract.fields.value'), value: <Text size="sm" ff="monospace" fw={600}>{format.money(c.value.amount, c.value.currency)}</Text>, testId: 'contract-value' },
                  { label: t('contract.fields.startDate'), value: format.date(day(c.startDate)) },
                  { label: t('contract.fields.endDate'), value: <Group gap="xs">{format.date(day(c.endDate))}<DaysLeft status={c.status} daysLeft={c.daysLeft} /></Group> },
                  { label: t('contract.fields.signedDate'), value: c.signedDate && format.date(day(c.signedDate)) },
                  { label: t('contract.fields.renewalNoticeDays'), value: String(c.renewalNoticeDays) },
                  { label: t('contract.fields.renewalReminderAt'), value: c.renewalReminderAt && format.dateTime(c.renewalReminderAt) },
                  { label: t('contract.fields.autoRenew'), value: c.autoRenew ? t('common.yes') : t('common.no') },
                  { label: t('contract.fields.terminationReason'), value: c.terminationReason },
                ]}
              />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, lg: 7 }}>
          <Stack gap="lg">
            <RenewalChain contract={c} />
            <EntitlementsTable contract={c} editable={editable} />
            <Paper withBorder p="lg">
              <Title order={3} fz="md" mb="sm">{t('contract.detail.terms')}</Title>
              {c.terms ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.terms}</Text> : <Text size="sm" c="dimmed">{t('contract.detail.noTerms')}</Text>}
            </Paper>
            <SharesSection kind="contract" recordId={c.id} ownerId={c.owner?.id} deleted={Boolean(c.deletedAt)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
