import { useState } from 'react';
import { Group, Paper, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { ContactsDocument, type ContactListItemFragment } from '@panorama/schema';
import { CursorPager } from '../../lib/components/CursorPager.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { hasContactFilters, toContactFilter, toContactOrder, type ContactSearch } from './contactSearch.ts';
import { useContactColumns } from './useContactColumns.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';

const PAGE_SIZE = 25;

interface ContactsPageProps {
  search: ContactSearch;
  onSearchChange: (patch: Partial<ContactSearch>) => void;
}

export function ContactsPage({ search, onSearchChange }: ContactsPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const columns = useContactColumns();
  const [text, setText] = useDebouncedParam(search.q, (q) => onSearchChange({ q }));
  const [customerName, setCustomerName] = useState<string | null>(null);

  const filter = toContactFilter(search);
  const orderBy = toContactOrder(search);
  const pages = useCursorPages(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(ContactsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.contacts;
  const records = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader
        title={t('contact.listTitle')}
        description={t('contact.listDescription')}
        actions={
          <>
            {can('contact:export') && <ExportButton list="contacts" args={{ filter, orderBy }} />}
            {can('contact:create') && (
              <ButtonLink to="/contacts/new" search={{}} leftSection={<IconPlus size={16} />}>
                {t('contact.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('contact.filters.search')}
            placeholder={t('contact.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            type="search"
            w={280}
          />
          <CustomerPicker
            label={t('contact.fields.customer')}
            placeholder={t('common.any')}
            value={search.customer ?? null}
            selectedName={customerName}
            onChange={(id, name) => {
              setCustomerName(name);
              onSearchChange({ customer: id ?? undefined });
            }}
            w={260}
          />
          <Switch
            label={t('contact.filters.showDeleted')}
            checked={Boolean(search.deleted)}
            onChange={(e) => onSearchChange({ deleted: e.currentTarget.checked || undefined })}
            mb={8}
          />
        </Group>
      </Paper>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable<ContactListItemFragment>
        withTableBorder
        borderRadius="md"
        highlightOnHover
        className="clickable-rows"
        minHeight={records.length ? undefined : 260}
        records={records}
        columns={columns}
        idAccessor="id"
        fetching={loading}
        verticalSpacing="sm"
        noRecordsText={hasContactFilters(search) ? t('contact.emptyFiltered') : t('contact.empty')}
        sortStatus={{ columnAccessor: orderBy.field === 'NAME' ? 'name' : 'createdAt', direction: orderBy.direction === 'ASC' ? 'asc' : 'desc' }}
        onSortStatusChange={(s) =>
          onSearchChange({ sort: s.columnAccessor === 'name' ? 'NAME' : 'CREATED_AT', dir: s.direction === 'asc' ? 'ASC' : 'DESC' })
        }
        onRowClick={({ record }) => void navigate({ to: '/contacts/$id', params: { id: record.id } })}
      />
      <CursorPager
        page={pages.page}
        totalCount={connection?.totalCount}
        hasNextPage={Boolean(connection?.pageInfo.hasNextPage)}
        onPrev={pages.prev}
        onNext={() => pages.next(connection?.pageInfo.endCursor)}
        disabled={loading}
      />
    </>
  );
}
