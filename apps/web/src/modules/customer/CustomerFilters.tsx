import { Button, Group, MultiSelect, Paper, Select, Switch, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerTier, LifecycleStage, PoolFilter } from '@panorama/schema';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { hasCustomerFilters, type CustomerSearch } from './customerSearch.ts';
import { useCustomerFilterOptions } from './useCustomerFilterOptions.ts';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';

interface CustomerFiltersProps {
  search: CustomerSearch;
  onChange: (patch: Partial<CustomerSearch>) => void;
  /** The pool page fixes the pool filter and hides it. */
  fixedPool?: boolean;
}

const SELECT_WIDTH = 170;

export function CustomerFilters({ search, onChange, fixedPool }: CustomerFiltersProps) {
  const { t } = useTranslation();
  const enums = useEnumOptions();
  const options = useCustomerFilterOptions();
  const [text, setText] = useDebouncedParam(search.q, (q) => onChange({ q }));

  const poolOptions = [
    { value: 'ALL', label: t('customer.filters.poolAll') },
    { value: 'IN_POOL', label: t('customer.filters.poolIn') },
    { value: 'OWNED', label: t('customer.filters.poolOwned') },
  ];

  return (
    <Paper withBorder p="md" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('customer.filters.search')}
          placeholder={t('customer.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
          type="search"
        />
        {!fixedPool && (
          <Select
            label={t('customer.fields.owner')}
            placeholder={t('common.any')}
            data={options.owners}
            value={search.owner ?? null}
            onChange={(value) => onChange({ owner: value ?? undefined })}
            searchable
            clearable
            w={SELECT_WIDTH}
          />
        )}
        <MultiSelect
          label={t('customer.fields.lifecycleStage')}
          placeholder={search.stage?.length ? undefined : t('common.any')}
          data={enums.stages}
          value={search.stage ?? []}
          onChange={(value) => onChange({ stage: value.length ? (value as LifecycleStage[]) : undefined })}
          clearable
          w={SELECT_WIDTH + 40}
        />
        <MultiSelect
          label={t('customer.fields.tier')}
          placeholder={search.tier?.length ? undefined : t('common.any')}
          data={enums.tiers}
          value={search.tier ?? []}
          onChange={(value) => onChange({ tier: value.length ? (value as CustomerTier[]) : undefined })}
          clearable
          w={SELECT_WIDTH + 40}
        />
        <Select
          label={t('customer.fields.industry')}
          placeholder={t('common.any')}
          data={options.industries}
          value={search.industry ?? null}
          onChange={(value) => onChange({ industry: value ?? undefined })}
          searchable
          clearable
          w={SELECT_WIDTH}
        />
        <Select
          label={t('customer.fields.tags')}
          placeholder={t('common.any')}
          data={options.tags}
          value={search.tag ?? null}
          onChange={(value) => onChange({ tag: value ?? undefined })}
          searchable
          clearable
          w={SELECT_WIDTH}
        />
        <Select
          label={t('customer.fields.territory')}
          placeholder={t('common.any')}
          data={options.territories}
          value={search.territory ?? null}
          onChange={(value) => onChange({ territory: value ?? undefined })}
          searchable
          clearable
          w={SELECT_WIDTH}
        />
        {!fixedPool && (
          <Select
            label={t('customer.filters.pool')}
            data={poolOptions}
            value={search.pool ?? 'ALL'}
            onChange={(value) => onChange({ pool: value === 'IN_POOL' || value === 'OWNED' ? (value as PoolFilter) : undefined })}
            allowDeselect={false}
            w={SELECT_WIDTH - 20}
          />
        )}
        <Switch
          label={t('customer.filters.showDeleted')}
          checked={Boolean(search.deleted)}
          onChange={(e) => onChange({ deleted: e.currentTarget.checked || undefined })}
          mb={8}
        />
        {hasCustomerFilters(fixedPool ? { ...search, pool: undefined } : search) && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => {
              setText('');
              onChange({ q: undefined, owner: undefined, stage: undefined, tier: undefined, industry: undefined, tag: undefined, territory: undefined, pool: fixedPool ? search.pool : undefined, deleted: undefined });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
