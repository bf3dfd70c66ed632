import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { closedDeals } from './drilldown.ts';
import { COLORS, toNumber, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

/** Won amount by closing month; clicking a month opens its won deals. */
export function RevenueChart({ data, loading, search, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const rows = (data?.revenueByMonth ?? []).map((m) => ({ ...m, label: f.month(m.month), value: toNumber(m.amount) }));
  return (
    <ChartCard title={t('dashboard.revenue.title')} subtitle={t('dashboard.revenue.subtitle')} currency={currency} loading={loading} empty={rows.every((r) => r.count === 0)}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart
          data={rows}
          margin={{ top: 8, right: 8 }}
          style={{ cursor: 'pointer' }}
          onClick={(state) => {
            const row = rows[Number(state?.activeTooltipIndex ?? -1)];
            if (row) openDeals(closedDeals(search, row, 'WON'));
          }}
          accessibilityLayer
        >
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={f.compactMoney} tick={{ fontSize: 12 }} width={72} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const row = item.payload as (typeof rows)[number];
              return [`${f.money(row.amount)} · ${t('dashboard.deals', { count: row.count })}`, t('dashboard.forecast.won')];
            }}
          />
          <Area type="monotone" dataKey="value" stroke={COLORS.won} fill={COLORS.won} fillOpacity={0.2} strokeWidth={2} activeDot={{ r: 6 }} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
