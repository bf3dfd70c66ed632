import { Grid, ScrollArea } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { closedDeals } from './drilldown.ts';
import { COLORS, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';
import { WinRateTable } from './WinRateTable.tsx';

/** Win rate per owner (bars) next to won / lost / average cycle / won amount (table); both open the owner's deals. */
export function WinRateCard({ data, loading, search, period, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const rows = (data?.winRateByOwner ?? []).map((o) => ({ ...o, name: o.ownerName ?? t('dashboard.unassigned') }));
  const height = Math.min(Math.max(240, rows.length * 37 + 45), 420);
  const drill = (ownerId: string | null, status: 'WON' | 'LOST') =>
    openDeals(closedDeals(search, period, status, ownerId ? { owner: ownerId } : {}));
  return (
    <ChartCard title={t('dashboard.winRate.title')} subtitle={t('dashboard.winRate.subtitle')} currency={currency} loading={loading} empty={rows.length === 0} height={height} fit>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }} h={height}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 4, right: 8 }} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={70} />
              <YAxis domain={[0, 1]} tickFormatter={f.percent} tick={{ fontSize: 12 }} width={48} />
              <Tooltip formatter={(v) => [f.percent(Number(v)), t('dashboard.winRate.rate')]} cursor={{ fill: 'var(--mantine-color-gray-1)' }} />
              <Bar dataKey="winRate" fill={COLORS.won} radius={[4, 4, 0, 0]} maxBarSize={48} style={{ cursor: 'pointer' }} onClick={(_b, i) => drill(rows[i].ownerId, 'WON')} />
            </BarChart>
          </ResponsiveContainer>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ScrollArea.Autosize mah={height} type="auto">
            <WinRateTable rows={rows} f={f} drill={drill} />
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
    </ChartCard>
  );
}
