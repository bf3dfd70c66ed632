import { useState } from 'react';
import { Select } from '@mantine/core';
import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { QuoteProductOptionsDocument } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';

export interface PickedProduct {
  id: string;
  name: string;
  unit: string | null;
  taxRate: string;
  listPrice: string;
  tiers: { minQuantity: string; discountPercent: string }[];
}

interface Props {
  priceBookId: string | null;
  currency: string;
  value: string | null;
  label: string;
  onPick: (product: PickedProduct) => void;
  error?: string;
  ariaLabel: string;
}

/** Search-as-you-type over the active products priced in the quote's price book. */
export function ProductPicker({ priceBookId, currency, value, label, onPick, error, ariaLabel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const typed = debounced.trim() && debounced !== label ? debounced.trim() : null;
  const query = useQuery(QuoteProductOptionsDocument, priceBookId ? { variables: { priceBookId, search: typed } } : skipToken);
  const products = (query.data?.products.edges ?? []).map(({ node }) => {
    const price = node.prices.find((p) => p.priceBook.id === priceBookId);
    return {
      id: node.id, name: node.name, sku: node.sku, unit: node.unit ?? null, taxRate: node.taxRate,
      listPrice: price?.unitPrice.amount ?? '0', tiers: price?.tiers.map((x) => ({ minQuantity: x.minQuantity, discountPercent: x.discountPercent })) ?? [],
    };
  });
  const data = products.map((p) => ({ value: p.id, label: `${p.name} · ${p.sku} · ${format.money(p.listPrice, currency)}` }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label });
  return (
    <Select
      aria-label={ariaLabel}
      placeholder={priceBookId ? t('quote.lines.searchProduct') : t('quote.lines.noPriceBook')}
      disabled={!priceBookId}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.loading ? t('common.loading') : t('quote.lines.noProducts')}
      data={data}
      value={value}
      onChange={(id) => {
        const p = products.find((x) => x.id === id);
        if (p) onPick(p);
      }}
      error={error}
      size="xs"
      miw={200}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}
