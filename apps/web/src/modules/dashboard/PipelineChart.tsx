import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { openDeals as openDealsOf } from './drilldown.ts';
import { COLORS, toNumber, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

/** Open deals by expected close month: weighted amount, stacked with the unweighted rest up to the full amount. */
export function PipelineChart({ data, loading, search, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const rows = (data?.pipelineByCloseMonth ?? []).map((m) => ({
    ...m,
    label: f.month(m.month),
    weighted: toNumber(m.weightedAmount),
    rest: toNumber(m.amount) - toNumber(m.weightedAmount),
  }));
  const open = (index: number) => openDeals(openDealsOf(search, rows[index]));
  return (
    <ChartCard title={t('dashboard.pipeline.title')} subtitle={t('dashboard.pipeline.subtitle')} currency={currency} loading={loading} empty={rows.every((r) => r.count === 0)}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={f.compactMoney} tick={{ fontSize: 12 }} width={72} />
          <Tooltip
            formatter={(_value, name, item) => {
              const row = item.payload as (typeof rows)[number];
              return name === 'rest' ? [f.money(row.amount), `${t('dashboard.amount')} (${t('dashboard.deals', { count: row.count })})`] : [f.money(row.weightedAmount), t('dashboard.weighted')];
            }}
            cursor={{ fill: 'var(--mantine-color-gray-1)' }}
          />
          <Legend formatter={(name) => <span style={{ color: 'var(--mantine-color-gray-7)', fontSize: 13 }}>{name === 'rest' ? t('dashboard.unweighted') : t('dashboard.weighted')}</span>} />
          <Bar dataKey="weighted" stackId="a" fill={COLORS.open} style={{ cursor: 'pointer' }} onClick={(_b, i) => open(i)} />
          <Bar dataKey="rest" stackId="a" fill={COLORS.openLight} radius={[4, 4, 0, 0]} style={{ cursor: 'pointer' }} onClick={(_b, i) => open(i)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
