import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';
import { ChartCard } from './ChartCard.tsx';
import { leadsHref } from './drilldown.ts';
import { COLORS, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

/** Leads created in the period per source: total and converted (bars) and the conversion rate (line). */
export function LeadConversionChart({ data, loading, search, period }: ChartProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const f = useDashboardFormat(data?.currency || 'CNY');
  const rows = (data?.leadConversionBySource ?? []).map((r) => ({ ...r, label: translateOrFallback(i18n, `dashboard.leads.sources.${r.source}`, r.source) }));
  const open = (index: number) => {
    const row = rows[index];
    if (row) void navigate({ href: leadsHref(search, period, row.source) });
  };
  const names: Record<string, string> = { total: t('dashboard.leads.total'), converted: t('dashboard.leads.converted'), rate: t('dashboard.leads.rate') };
  return (
    <ChartCard title={t('dashboard.leads.title')} subtitle={t('dashboard.leads.subtitle')} loading={loading} empty={rows.length === 0}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 1]} tickFormatter={f.percent} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v, name) => [name === 'rate' ? f.percent(Number(v)) : f.number(Number(v)), names[String(name)] ?? String(name)]} cursor={{ fill: 'var(--mantine-color-gray-1)' }} />
          <Legend formatter={(name) => <span style={{ color: 'var(--mantine-color-gray-7)', fontSize: 13 }}>{names[String(name)] ?? String(name)}</span>} />
          <Bar yAxisId="count" dataKey="total" fill={COLORS.openLight} radius={[4, 4, 0, 0]} style={{ cursor: 'pointer' }} onClick={(_b, i) => open(i)} />
          <Bar yAxisId="count" dataKey="converted" fill={COLORS.open} radius={[4, 4, 0, 0]} style={{ cursor: 'pointer' }} onClick={(_b, i) => open(i)} />
          <Line yAxisId="rate" dataKey="rate" stroke={COLORS.won} strokeWidth={2} dot={{ r: 4 }} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
