import { Group, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconSearch } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { QuotesDocument, type QuoteListItemFragment, type QuoteSortField } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { useFormat } from '../../lib/format.ts';
import { QuoteStatusBadge } from './QuoteBadges.tsx';
import { QUOTE_STATUSES, toQuoteFilter, toQuoteOrder, type QuoteSearch } from './quoteSearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { useViewer } from '../auth/useViewer.ts';

const SORT_ACCESSORS: Record<QuoteSortField, string> = {
  NUMBER: 'number', UPDATED_AT: 'updatedAt', CREATED_AT: 'createdAt', VALID_UNTIL: 'validUntil', TOTAL: 'total',
};

interface Props {
  search: QuoteSearch;
  onSearchChange: (patch: Partial<QuoteSearch>) => void;
}

/** All quotes the viewer may see (those of their deals), filtered by status and number/title. */
export function QuotesPage({ search, onSearchChange }: Props) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const format = useFormat();
  const navigate = useNavigate();
  const filter = toQuoteFilter(search);
  const orderBy = toQuoteOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const query = useQuery(QuotesDocument, { variables: { first: 25, after: pages.after, filter, orderBy }, notifyOnNetworkStatusChange: true });
  const connection = (query.data ?? query.previousData)?.quotes;
  const [text, setText] = useDebouncedParam(search.q, (q) => onSearchChange({ q }));

  const columns: DataTableColumn<QuoteListItemFragment>[] = [
    {
      accessor: 'number', title: t('quote.fields.number'), sortable: true, noWrap: true,
      render: (q) => <AnchorLink to="/quotes/$id" params={{ id: q.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>{q.number}</AnchorLink>,
    },
    { accessor: 'title', title: t('quote.fields.title'), render: (q) => <Text size="sm" truncate maw={260}>{q.title}</Text> },
    { accessor: 'customer', title: t('quote.fields.customer'), render: (q) => <Text size="sm" truncate maw={220}>{q.customer?.name ?? '—'}</Text> },
    { accessor: 'status', title: t('quote.fields.status'), render: (q) => <QuoteStatusBadge status={q.status} /> },
    {
      accessor: 'total', title: t('quote.fields.total'), sortable: true, textAlign: 'right',
      render: (q) => <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(q.total.amount, q.total.currency)}</Text>,
    },
    { accessor: 'validUntil', title: t('quote.fields.validUntil'), sortable: true, noWrap: true, render: (q) => format.date(`${q.validUntil}T00:00:00`) },
    { accessor: 'owner', title: t('quote.fields.owner'), noWrap: true, render: (q) => q.owner?.name ?? '—' },
    { accessor: 'updatedAt', title: t('quote.fields.updatedAt'), sortable: true, noWrap: true, render: (q) => format.relative(q.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title={t('quote.listTitle')}
        description={t('quote.listDescription')}
        actions={can('quote:export') && <ExportButton list="quotes" args={{ filter, orderBy }} />}
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('quote.filters.search')}
          aria-label={t('quote.filters.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={280}
        />
        <Select
          placeholder={t('quote.filters.status')}
          aria-label={t('quote.filters.status')}
          data={QUOTE_STATUSES.map((s) => ({ value: s, label: t(`quote.status.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => onSearchChange({ status: (value as QuoteSearch['status']) ?? undefined })}
          clearable
          w={180}
        />
      </Group>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ServerTable<QuoteListItemFragment, QuoteSortField>
        list={{ records: connection?.edges.map((e) => e.node) ?? [], totalCount: connection?.totalCount, pageInfo: connection?.pageInfo, loading: query.loading, pages }}
        columns={columns}
        sortAccessors={SORT_ACCESSORS}
        sort={search.sort}
        dir={search.dir}
        defaultSort="UPDATED_AT"
        onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
        emptyText={search.q || search.status ? t('quote.emptyFiltered') : t('quote.empty')}
        onRowClick={(q) => void navigate({ to: '/quotes/$id', params: { id: q.id } })}
      />
    </>
  );
}
