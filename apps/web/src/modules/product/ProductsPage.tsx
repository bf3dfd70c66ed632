import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { ProductCategoriesDocument, type ProductListItemFragment, type ProductSortField } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { ServerTable } from '../../lib/components/ServerTable.tsx';
import { useFormat } from '../../lib/format.ts';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';
import { useViewer } from '../auth/useViewer.ts';
import { ProductStatusBadge } from './ProductBadges.tsx';
import { hasProductFilters, type ProductSearch } from './productSearch.ts';
import { useProductList } from './useProductList.ts';

const SORT_ACCESSORS: Record<ProductSortField, string> = { NAME: 'name', SKU: 'sku', UPDATED_AT: 'updatedAt' };

interface ProductsPageProps {
  search: ProductSearch;
  onSearchChange: (patch: Partial<ProductSearch>) => void;
}

/** The catalogue: search by name or SKU, filter by category and status, server-sorted pages. */
export function ProductsPage({ search, onSearchChange }: ProductsPageProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const navigate = useNavigate();
  const format = useFormat();
  const list = useProductList(search);
  const categories = useQuery(ProductCategoriesDocument);
  const [text, setText] = useDebouncedParam(search.q, (q) => onSearchChange({ q }));

  const columns: DataTableColumn<ProductListItemFragment>[] = [
    { accessor: 'sku', title: t('product.fields.sku'), sortable: true, noWrap: true, render: (p) => <Text size="sm" ff="monospace">{p.sku}</Text> },
    {
      accessor: 'name',
      title: t('product.fields.name'),
      sortable: true,
      render: (p) => (
        <AnchorLink to="/products/$id" params={{ id: p.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
          {p.name}
        </AnchorLink>
      ),
    },
    { accessor: 'category', title: t('product.fields.category'), render: (p) => p.category ?? '—' },
    { accessor: 'unit', title: t('product.fields.unit'), noWrap: true, render: (p) => p.unit ?? '—' },
    { accessor: 'taxRate', title: t('product.fields.taxRate'), textAlign: 'right', render: (p) => `${p.taxRate}%` },
    { accessor: 'active', title: t('product.fields.status'), render: (p) => <ProductStatusBadge active={p.active} /> },
    { accessor: 'updatedAt', title: t('product.fields.updatedAt'), sortable: true, noWrap: true, render: (p) => format.relative(p.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title={t('product.listTitle')}
        description={t('product.listDescription')}
        actions={
          can('product:manage') && (
            <ButtonLink to="/products/new" leftSection={<IconPlus size={16} />}>
              {t('product.new')}
            </ButtonLink>
          )
        }
      />
      <Paper withBorder p="md" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('product.filters.search')}
            placeholder={t('product.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={240}
            type="search"
          />
          <Select
            label={t('product.filters.category')}
            placeholder={t('common.any')}
            data={categories.data?.productCategories ?? []}
            value={search.category ?? null}
            onChange={(value) => onSearchChange({ category: value ?? undefined })}
            clearable
            searchable
            w={200}
          />
          <Select
            label={t('product.filters.status')}
            placeholder={t('common.any')}
            data={[{ value: 'active', label: t('product.status.active') }, { value: 'archived', label: t('product.status.archived') }]}
            value={search.status ?? null}
            onChange={(value) => onSearchChange({ status: (value as ProductSearch['status']) ?? undefined })}
            clearable
            w={140}
          />
          {hasProductFilters(search) && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => {
                setText('');
                onSearchChange({ q: undefined, category: undefined, status: undefined });
              }}
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
      </Paper>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <ServerTable<ProductListItemFragment, ProductSortField>
        list={list}
        columns={columns}
        sortAccessors={SORT_ACCESSORS}
        sort={search.sort}
        dir={search.dir ?? (search.sort ? undefined : 'ASC')}
        defaultSort="NAME"
        onSortChange={(sort, dir) => onSearchChange({ sort, dir })}
        emptyText={hasProductFilters(search) ? t('product.emptyFiltered') : t('product.empty')}
        onRowClick={(record) => void navigate({ to: '/products/$id', params: { id: record.id } })}
      />
    </>
  );
}
