import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.tsx';
import { ForecastTargetChart } from './ForecastTargetChart.tsx';
import { closedDeals, openDeals as openDealsOf, type DealDrill } from './drilldown.ts';
import { COLORS, type ChartProps } from './types.ts';
import { useDashboardFormat } from './useDashboardFormat.ts';

interface Figure {
  key: 'weighted' | 'commit' | 'bestCase' | 'won';
  hint: string;
  color: string;
  drill: DealDrill;
}

/** Forecast for the period: weighted pipeline, commit, best case and won; below, per month or quarter against target. */
export function ForecastCard({ data, loading, search, period, openDeals }: ChartProps) {
  const { t } = useTranslation();
  const currency = data?.currency ?? '';
  const f = useDashboardFormat(currency || 'CNY');
  const forecast = data?.forecast;
  const open = t('dashboard.forecast.open', { count: forecast?.openCount ?? 0 });
  const figures: Figure[] = [
    { key: 'weighted', hint: `${t('dashboard.forecast.weightedHint')} · ${open}`, color: COLORS.open, drill: openDealsOf(search, period) },
    { key: 'commit', hint: t('dashboard.forecast.commitHint'), color: 'var(--mantine-color-indigo-6)', drill: openDealsOf(search, period) },
    { key: 'bestCase', hint: t('dashboard.forecast.bestCaseHint'), color: COLORS.violet, drill: openDealsOf(search, period) },
    { key: 'won', hint: t('dashboard.forecast.wonHint', { count: forecast?.wonCount ?? 0 }), color: COLORS.won, drill: closedDeals(search, period, 'WON') },
  ];
  return (
    <ChartCard title={t('dashboard.forecast.title')} subtitle={t('dashboard.forecast.subtitle')} currency={currency} loading={loading} height={180} footer={<ForecastTargetChart search={search} />}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" h="100%">
        {figures.map((fig) => (
          <UnstyledButton
            key={fig.key}
            onClick={() => openDeals(fig.drill)}
            p="sm"
            style={{ borderRadius: 'var(--mantine-radius-md)', background: 'var(--mantine-color-gray-0)', borderLeft: `4px solid ${fig.color}` }}
            data-testid={`forecast-${fig.key}`}
          >
            <Text size="xs" c="dimmed" fw={600}>{t(`dashboard.forecast.${fig.key}`)}</Text>
            <Text fz="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>{forecast ? f.money(forecast[fig.key]) : '—'}</Text>
            <Text size="xs" c="dimmed" lineClamp={2}>{fig.hint}</Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </ChartCard>
  );
}
