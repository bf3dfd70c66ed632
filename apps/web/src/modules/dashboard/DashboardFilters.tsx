import { Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CurrencyRatesDocument, DashboardFilterOptionsDocument, UserOptionsDocument } from '@panorama/schema';
import { useViewer } from '../auth/useViewer.ts';
import { PERIOD_PRESETS, periodOf, type DashboardSearch, type PeriodPreset } from './dashboardSearch.ts';

interface DashboardFiltersProps {
  search: DashboardSearch;
  onChange: (patch: Partial<DashboardSearch>) => void;
}

/** Period presets (or a custom range), owner, department, territory and the currency amounts are shown in. */
export function DashboardFilters({ search, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const users = useQuery(UserOptionsDocument, can('user:read') ? {} : skipToken);
  const options = useQuery(DashboardFilterOptionsDocument, can('user:read') && can('customer:read') ? {} : skipToken);
  const rates = useQuery(CurrencyRatesDocument);
  const preset = search.period ?? 'quarter';
  const period = periodOf(search);
  const labels: Record<PeriodPreset, string> = {
    month: t('dashboard.filters.thisMonth'), quarter: t('dashboard.filters.thisQuarter'),
    year: t('dashboard.filters.thisYear'), custom: t('dashboard.filters.custom'),
  };
  const base = rates.data?.currencyRates.baseCurrency;
  const currencies = base ? [base, ...rates.data!.currencyRates.rates.map((r) => r.currency)] : [];
  const select = (value: string | null | undefined, data: { value: string; label: string }[], key: keyof DashboardSearch, label: string, any: string) => (
    <Select
      label={label}
      placeholder={any}
      data={data}
      value={value ?? null}
      onChange={(v) => onChange({ [key]: v ?? undefined })}
      searchable
      clearable
      w={180}
    />
  );
  return (
    <Paper withBorder p="md" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('dashboard.filters.period')}</Text>
          <SegmentedControl
            value={preset}
            data={PERIOD_PRESETS.map((p) => ({ value: p, label: labels[p] }))}
            onChange={(value) => onChange(value === 'custom' ? { period: 'custom', ...period } : { period: value as PeriodPreset, from: undefined, to: undefined })}
          />
        </Stack>
        <DatePickerInput
          type="range"
          label={t('dashboard.filters.range')}
          leftSection={<IconCalendar size={16} />}
          value={[period.from, period.to]}
          onChange={(value) => {
            const [from, to] = value as DatesRangeValue<string>;
            if (from && to) onChange({ period: 'custom', from, to });
          }}
          valueFormat="YYYY-MM-DD"
          allowSingleDateInRange
          w={250}
        />
        {can('user:read') &&
          select(search.owner, (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })), 'owner', t('dashboard.filters.owner'), t('dashboard.filters.anyOwner'))}
        {options.data &&
          select(search.department, options.data.departments.map((d) => ({ value: d.id, label: d.name })), 'department', t('dashboard.filters.department'), t('dashboard.filters.anyDepartment'))}
        {options.data &&
          select(search.territory, options.data.territories.map((d) => ({ value: d.id, label: d.name })), 'territory', t('dashboard.filters.territory'), t('dashboard.filters.anyTerritory'))}
        <Select
          label={t('dashboard.filters.currency')}
          data={currencies}
          value={search.currency ?? base ?? null}
          onChange={(v) => onChange({ currency: v && v !== base ? v : undefined })}
          allowDeselect={false}
          w={110}
        />
      </Group>
    </Paper>
  );
}
