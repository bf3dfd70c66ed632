import { Grid } from '@mantine/core';
import { FunnelChart } from './FunnelChart.tsx';
import { ForecastCard } from './ForecastCard.tsx';
import { LeadConversionChart } from './LeadConversionChart.tsx';
import { PipelineChart } from './PipelineChart.tsx';
import { RevenueChart } from './RevenueChart.tsx';
import { TopCustomersChart } from './TopCustomersChart.tsx';
import { WinRateCard } from './WinRateCard.tsx';
import type { ChartProps } from './types.ts';

/**
 * The dashboard's panels. Every one of them draws with the charting library, so the page loads
 * this module lazily: its header, filters and data request do not wait for the library.
 */
export function DashboardCharts(props: ChartProps) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}><FunnelChart {...props} /></Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}><ForecastCard {...props} /></Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}><PipelineChart {...props} /></Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}><RevenueChart {...props} /></Grid.Col>
      <Grid.Col span={12}><WinRateCard {...props} /></Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}><TopCustomersChart {...props} /></Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}><LeadConversionChart {...props} /></Grid.Col>
    </Grid>
  );
}
