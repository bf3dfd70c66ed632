import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { stageDeals } from './drilldown.ts';
import { COLORS, toNumber, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

const kindColor = (kind: string) => (kind === 'WON' ? COLORS.won : kind === 'LOST' ? COLORS.lost : COLORS.open);

/** Deals per stage, in pipeline order: a horizontal bar per stage sized by amount, labelled with count and amount. */
export function FunnelChart({ data, loading, search, period, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const rows = (data?.funnel ?? []).map((s) => ({ ...s, value: toNumber(s.amount), label: `${t('dashboard.deals', { count: s.count })} · ${f.money(s.amount)}` }));
  return (
    <ChartCard
      title={t('dashboard.funnel.title')}
      subtitle={t('dashboard.funnel.subtitle')}
      currency={currency}
      loading={loading}
      empty={rows.every((r) => r.count === 0)}
      height={Math.max(220, rows.length * 44)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
          <XAxis type="number" hide domain={[0, (max: number) => Math.max(max, 1) * 2.2]} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(_v, _n, item) => [(item.payload as { label: string }).label, t('dashboard.amount')]} cursor={{ fill: 'var(--mantine-color-gray-1)' }} />
          <Bar
            dataKey="value"
            name={t('dashboard.amount')}
            minPointSize={4}
            radius={[0, 4, 4, 0]}
            style={{ cursor: 'pointer' }}
            onClick={(_bar, index) => openDeals(stageDeals(search, period, rows[index].stageId, rows[index].kind))}
          >
            {rows.map((r) => <Cell key={r.stageId} fill={kindColor(r.kind)} />)}
            <LabelList dataKey="label" position="right" fill="var(--mantine-color-gray-7)" fontSize={12} style={{ pointerEvents: 'none' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
