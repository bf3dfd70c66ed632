import { useState } from 'react';
import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ForecastVsTargetDocument, type TargetPeriod } from '@panorama/schema';
import { toDashboardFilter, type DashboardSearch } from './dashboardSearch.ts';
import { COLORS, toNumber } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

const TARGET_COLOR = 'var(--mantine-color-gray-5)';

/** Target vs won vs weighted pipeline per month or quarter of the dashboard period, with attainment (won ÷ target). */
export function ForecastTargetChart({ search }: { search: DashboardSearch }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<TargetPeriod>('MONTH');
  const query = useQuery(ForecastVsTargetDocument, { variables: { filter: { ...toDashboardFilter(search), period } }, fetchPolicy: 'cache-and-network' });
  const data = query.data?.forecastVsTarget;
  const f = useDashboardFormat(data?.currency || 'CNY');
  const label = (p: string) => (p.includes('Q') ? p.replace('-', ' ') : f.month(p));
  const rows = (data?.periods ?? []).map((p) => ({
    ...p,
    label: label(p.period),
    targetValue: p.target === null ? null : toNumber(p.target),
    wonValue: toNumber(p.won),
    weightedValue: toNumber(p.weighted),
  }));
  const unconverted = rows.reduce((sum, r) => sum + r.targetUnconvertedCount, 0);
  const names: Record<string, string> = { targetValue: t('dashboard.forecast.target'), wonValue: t('dashboard.forecast.won'), weightedValue: t('dashboard.forecast.weighted') };
  return (
    <Stack gap="xs" mt="sm" data-testid="forecast-vs-target">
      <Group justify="space-between" gap="xs">
        <div>
          <Text size="sm" fw={600}>{t('dashboard.forecast.vsTarget')}</Text>
          <Text size="xs" c="dimmed">{t('dashboard.forecast.vsTargetHint')}</Text>
        </div>
        <SegmentedControl
          size="xs"
          value={period}
          onChange={(v) => setPeriod(v as TargetPeriod)}
          data={[{ value: 'MONTH', label: t('dashboard.forecast.byMonth') }, { value: 'QUARTER', label: t('dashboard.forecast.byQuarter') }]}
        />
      </Group>
      <div style={{ height: 220, minWidth: 0 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 8, right: 8 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={f.compactMoney} tick={{ fontSize: 12 }} width={72} />
            <Tooltip
              formatter={(value, name, item) => {
                const row = item.payload as (typeof rows)[number];
                if (name === 'targetValue') {
                  const attainment = row.attainment === null ? '' : ` · ${t('dashboard.forecast.attainment')} ${f.percent(row.attainment)}`;
                  return [row.target === null ? t('dashboard.forecast.noTarget') : `${f.money(row.target)}${attainment}`, names.targetValue];
                }
                return [f.money(Number(value)), names[String(name)] ?? String(name)];
              }}
            />
            <Legend formatter={(value) => names[String(value)] ?? value} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="targetValue" fill={TARGET_COLOR} radius={[3, 3, 0, 0]} />
            <Bar dataKey="wonValue" fill={COLORS.won} radius={[3, 3, 0, 0]} />
            <Line type="monotone" dataKey="weightedValue" stroke={COLORS.open} strokeWidth={2} dot={{ r: 3 }} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Group gap={6}>
        {rows.map((r) => (
          <Badge key={r.period} variant="light" color={r.attainment === null ? 'gray' : r.attainment >= 1 ? 'teal' : 'blue'} data-testid={`attainment-${r.period}`}>
            {r.label}: {r.attainment === null ? t('dashboard.forecast.noTarget') : `${t('dashboard.forecast.attainment')} ${f.percent(r.attainment)}`}
          </Badge>
        ))}
      </Group>
      {unconverted > 0 && <Text size="xs" c="yellow.8">{t('dashboard.forecast.targetUnconverted', { count: unconverted })}</Text>}
    </Stack>
  );
}
