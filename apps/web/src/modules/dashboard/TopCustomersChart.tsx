import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { closedDeals } from './drilldown.ts';
import { COLORS, toNumber, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

/** The ten customers with the most won in the period; a bar opens that customer's won deals. */
export function TopCustomersChart({ data, loading, search, period, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const rows = (data?.topCustomers ?? []).map((c) => ({ ...c, name: c.customerName ?? t('dashboard.hiddenCustomer'), value: toNumber(c.amount) }));
  return (
    <ChartCard
      title={t('dashboard.topCustomers.title')}
      subtitle={t('dashboard.topCustomers.subtitle')}
      currency={currency}
      loading={loading}
      empty={rows.length === 0}
      height={Math.max(200, rows.length * 34)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} horizontal={false} />
          <XAxis type="number" tickFormatter={f.compactMoney} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={160} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const row = item.payload as (typeof rows)[number];
              return [`${f.money(row.amount)} · ${t('dashboard.deals', { count: row.count })}`, t('dashboard.forecast.won')];
            }}
            cursor={{ fill: 'var(--mantine-color-gray-1)' }}
          />
          <Bar
            dataKey="value"
            fill={COLORS.violet}
            radius={[0, 4, 4, 0]}
            minPointSize={3}
            style={{ cursor: 'pointer' }}
            onClick={(_b, i) => openDeals(closedDeals(search, period, 'WON', { customer: rows[i].customerId }))}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
