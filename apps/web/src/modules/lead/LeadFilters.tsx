import { Button, Group, MultiSelect, Paper, Select, Switch, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadSource, LeadStatus } from '@panorama/schema';
import { useCustomerFilterOptions } from '../customer/useCustomerFilterOptions.ts';
import { LEAD_SOURCES, LEAD_STATUSES } from './leadEnums.ts';
import { CLEARED_FILTERS, hasLeadFilters, type LeadSearch } from './leadSearch.ts';
import { useDebouncedParam } from '../../lib/useDebouncedParam.ts';

const W = 170;

export function LeadFilters({ search, onChange }: { search: LeadSearch; onChange: (patch: Partial<LeadSearch>) => void }) {
  const { t } = useTranslation();
  const options = useCustomerFilterOptions();
  const [text, setText] = useDebouncedParam(search.q, (q) => onChange({ q }));

  const range: DatesRangeValue<string> = [search.from ?? null, search.to ?? null];
  return (
    <Paper withBorder p="md" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('lead.filters.search')}
          placeholder={t('lead.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
          type="search"
        />
        <MultiSelect
          label={t('lead.filters.statuses')}
          placeholder={search.status?.length ? undefined : t('common.any')}
          data={LEAD_STATUSES.map((value) => ({ value, label: t(`lead.status.${value}`) }))}
          value={search.status ?? []}
          onChange={(value) => onChange({ status: value.length ? (value as LeadStatus[]) : undefined })}
          clearable
          w={W + 60}
        />
        <Select
          label={t('lead.fields.source')}
          placeholder={t('common.any')}
          data={LEAD_SOURCES.map((value) => ({ value, label: t(`lead.source.${value}`) }))}
          value={search.source ?? null}
          onChange={(value) => onChange({ source: (value as LeadSource | null) ?? undefined })}
          clearable
          w={W - 20}
        />
        <Select
          label={t('lead.fields.owner')}
          placeholder={t('common.any')}
          data={options.owners}
          value={search.owner ?? null}
          onChange={(value) => onChange({ owner: value ?? undefined })}
          searchable
          clearable
          w={W}
        />
        <Select
          label={t('lead.filters.ownership')}
          data={[
            { value: 'ALL', label: t('lead.filters.all') },
            { value: 'IN_POOL', label: t('lead.filters.unassigned') },
            { value: 'ASSIGNED', label: t('lead.filters.assigned') },
          ]}
          value={search.pool ?? 'ALL'}
          onChange={(value) => onChange({ pool: value === 'IN_POOL' || value === 'ASSIGNED' ? value : undefined })}
          allowDeselect={false}
          w={W - 30}
        />
        <DatePickerInput
          type="range"
          label={t('lead.filters.created')}
          placeholder={t('lead.filters.pickDates')}
          leftSection={<IconCalendar size={16} />}
          value={range}
          onChange={(value) => {
            const [from, to] = value as DatesRangeValue<string>;
            if ((from && to) || (!from && !to)) onChange({ from: from ?? undefined, to: to ?? undefined });
          }}
          clearable
          valueFormat="YYYY-MM-DD"
          w={240}
        />
        <Switch
          label={t('lead.filters.showDeleted')}
          checked={Boolean(search.deleted)}
          onChange={(e) => onChange({ deleted: e.currentTarget.checked || undefined })}
          mb={8}
        />
        {hasLeadFilters(search) && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => (setText(''), onChange(CLEARED_FILTERS))}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
