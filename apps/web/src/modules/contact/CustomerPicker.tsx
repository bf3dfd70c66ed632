import { useMemo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CustomerNameDocument, CustomerPickerDocument } from '@panorama/schema';

interface CustomerPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
  /** The selected customer's name, shown before any search ran. */
  selectedName?: string | null;
}

/** Picks a customer by searching on the server (name, phone or email; any script). */
export function CustomerPicker({ value, onChange, selectedName: givenName, ...props }: CustomerPickerProps) {
  const { t } = useTranslation();
  // A value from the URL comes without its name: look it up.
  const named = useQuery(CustomerNameDocument, value && !givenName ? { variables: { id: value } } : skipToken);
  const selectedName = givenName ?? (value && named.data?.customer.id === value ? named.data.customer.name : null);
  const [search, setSearch] = useState(selectedName ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const selectedLabel = selectedName ?? '';
  const query = debounced === selectedLabel ? '' : debounced.trim();
  const { data, previousData, loading } = useQuery(CustomerPickerDocument, { variables: { search: query || undefined } });

  const options = useMemo(() => {
    const found = ((data ?? previousData)?.customers.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
    if (value && selectedName && !found.some((o) => o.value === value)) found.unshift({ value, label: selectedName });
    return found;
  }, [data, previousData, value, selectedName]);

  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={(id, option) => onChange(id, option?.label ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
      clearable
    />
  );
}
