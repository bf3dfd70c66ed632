import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductsWithPricesDocument } from '@panorama/schema';

export interface PickedProduct {
  id: string;
  sku: string;
  name: string;
  /** List price in the book, for the unit-price placeholder. */
  listPrice: string | null;
}

/** Search-as-you-type over the active products priced in one book; picking one hands it over and clears the box. */
export function ProductPicker({ priceBookId, onPick, disabled }: { priceBookId: string; onPick: (p: PickedProduct) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const query = useQuery(ProductsWithPricesDocument, {
    variables: { first: 20, filter: { search: search || undefined, active: true, priceBookId }, orderBy: { field: 'NAME', direction: 'ASC' } },
    skip: disabled,
  });
  const nodes = (query.data ?? query.previousData)?.products.edges.map((e) => e.node) ?? [];
  return (
    <Select
      label={t('product.lines.add')}
      placeholder={t('product.lines.addPlaceholder')}
      searchable
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      data={nodes.map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }))}
      value={null}
      onChange={(id) => {
        const p = nodes.find((n) => n.id === id);
        if (!p) return;
        onPick({ id: p.id, sku: p.sku, name: p.name, listPrice: p.prices.find((x) => x.priceBook.id === priceBookId)?.unitPrice.amount ?? null });
        setText('');
      }}
      nothingFoundMessage={query.loading ? t('common.loading') : t('common.nothingFound')}
      disabled={disabled}
      w={340}
      data-testid="line-product-picker"
    />
  );
}
