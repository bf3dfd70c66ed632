import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconTrash } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import {
  PriceBooksDocument, ProductsWithPricesDocument, RemoveProductPriceDocument,
  type PriceBookPartsFragment, type ProductsWithPricesQuery,
} from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useFormat } from '../../lib/format.ts';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useDebouncedValue } from '@mantine/hooks';
import { ProductPriceModal } from './ProductPriceModal.tsx';
import { TierList } from './TierList.tsx';

type Row = ProductsWithPricesQuery['products']['edges'][number]['node'];
const PAGE_SIZE = 20;

/** Every product with its price in one book: set or edit the price and tiers, or remove it. */
export function BookPriceTable({ book }: { book: PriceBookPartsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [onlyPriced, setOnlyPriced] = useState(false);
  const [dir, setDir] = useState<'ASC' | 'DESC'>('ASC');
  const [editing, setEditing] = useState<Row | null>(null);
  const [removing, setRemoving] = useState<Row | null>(null);
  const filter = { search: search || undefined, priceBookId: onlyPriced ? book.id : undefined, active: onlyPriced ? undefined : true };
  const pages = useCursorPages(JSON.stringify([book.id, filter, dir]));
  const query = useQuery(ProductsWithPricesDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter, orderBy: { field: 'NAME', direction: dir } },
    notifyOnNetworkStatusChange: true,
  });
  const [remove, removeState] = useMutation(RemoveProductPriceDocument, { refetchQueries: [PriceBooksDocument, ProductsWithPricesDocument] });
  const connection = (query.data ?? query.previousData)?.products;
  const priceOf = (row: Row) => row.prices.find((p) => p.priceBook.id === book.id) ?? null;

  const columns: DataTableColumn<Row>[] = [
    { accessor: 'sku', title: t('product.fields.sku'), noWrap: true, render: (r) => <Text size="sm" ff="monospace">{r.sku}</Text> },
    { accessor: 'name', title: t('product.fields.name'), sortable: true },
    {
      accessor: 'price',
      title: t('product.prices.listPrice'),
      textAlign: 'right',
      render: (r) => {
        const price = priceOf(r);
        return price
          ? <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(price.unitPrice.amount, price.unitPrice.currency)}</Text>
          : <Text size="sm" c="dimmed">{t('product.priceBooks.notPriced')}</Text>;
      },
    },
    { accessor: 'tiers', title: t('product.prices.tiers'), render: (r) => (priceOf(r) ? <TierList tiers={priceOf(r)!.tiers} /> : null) },
    {
      accessor: 'actions',
      title: '',
      textAlign: 'right',
      render: (r) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" onClick={(e) => e.stopPropagation()}>
          <Button size="compact-xs" variant="light" onClick={() => setEditing(r)}>
            {priceOf(r) ? t('product.priceBooks.editPrice') : t('product.priceBooks.setPrice')}
          </Button>
          {priceOf(r) && (
            <ActionIcon size="sm" variant="subtle" color="red" aria-label={`${t('product.priceBooks.removePrice')}: ${r.name}`} onClick={() => setRemoving(r)}>
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      ),
    },
  ];

  return (
    <Paper withBorder p="md">
      <Title order={3} fz="md" mb="sm">{t('product.priceBooks.products', { name: book.name })}</Title>
      <Group gap="sm" mb="sm" align="flex-end">
        <TextInput
          aria-label={t('product.filters.search')}
          placeholder={t('product.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          w={240}
        />
        <Switch label={t('product.priceBooks.onlyPriced')} checked={onlyPriced} onChange={(e) => setOnlyPriced(e.currentTarget.checked)} mb={8} />
      </Group>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ServerTable<Row, 'NAME'>
        list={{ records: connection?.edges.map((e) => e.node) ?? [], totalCount: connection?.totalCount, pageInfo: connection?.pageInfo, loading: query.loading, pages }}
        columns={columns}
        sortAccessors={{ NAME: 'name' }}
        sort="NAME"
        dir={dir}
        defaultSort="NAME"
        onSortChange={(_, d) => setDir(d)}
        emptyText={t('product.emptyFiltered')}
        onRowClick={(r) => setEditing(r)}
      />
      {editing && (
        <ProductPriceModal opened book={book} product={editing} price={priceOf(editing)} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('product.priceBooks.removeTitle')}
        message={t('product.priceBooks.removeBody', { product: removing?.name ?? '', book: book.name })}
        confirmLabel={t('product.priceBooks.removePrice')}
        danger
        loading={removeState.loading}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove({ variables: { priceBookId: book.id, productId: removing.id } })
            .then(() => notifications.show({ color: 'teal', message: t('product.priceBooks.notify.priceRemoved') }))
            .catch((e: unknown) => notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(e) }))
            .finally(() => setRemoving(null));
        }}
      />
    </Paper>
  );
}
