import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OpportunityQuotesDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { QuoteStatusBadge } from './QuoteBadges.tsx';

/** The "Quotes" section of a deal's page: its quotes, newest first, and a button to start one. */
export function OpportunityQuotes({ opportunityId, deleted }: { opportunityId: string; deleted: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { data, error, loading, refetch } = useQuery(OpportunityQuotesDocument, { variables: { id: opportunityId }, fetchPolicy: 'cache-and-network' });
  const quotes = data?.opportunity.quotes ?? [];
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('quote.section.title')}</Title>
        {!deleted && can('quote:create') && (
          <ButtonLink size="xs" variant="light" to="/quotes/new" search={{ opportunityId }} leftSection={<IconPlus size={14} />}>
            {t('quote.section.new')}
          </ButtonLink>
        )}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!error && !loading && quotes.length === 0 && <Text size="sm" c="dimmed">{t('quote.section.empty')}</Text>}
      {quotes.length > 0 && (
        <Stack gap={0}>
          <Table verticalSpacing={6} aria-label={t('quote.section.title')}>
            <Table.Tbody>
              {quotes.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td><AnchorLink to="/quotes/$id" params={{ id: q.id }} size="sm" fw={500}>{q.number}</AnchorLink></Table.Td>
                  <Table.Td><Text size="sm" truncate maw={200}>{q.title}</Text></Table.Td>
                  <Table.Td><QuoteStatusBadge status={q.status} /></Table.Td>
                  <Table.Td ta="right"><Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(q.total.amount, q.total.currency)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Card>
  );
}
