import { lazy, Suspense } from 'react';
import { Alert, Center, Loader, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SalesDashboardDocument } from '@panorama/schema';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { DashboardFilters } from './DashboardFilters.tsx';
import { periodOf, toDashboardFilter, type DashboardSearch } from './dashboardSearch.ts';
import type { DealDrill } from './drilldown.ts';
import type { ChartProps } from './types.ts';

// The charting library is most of this page's code: its download starts as soon as this module
// runs and goes on while the header and filters show and the data loads. A failed download
// surfaces where the charts render.
const loadCharts = () => import('./DashboardCharts.tsx');
void loadCharts().catch(() => undefined);
const DashboardCharts = lazy(() => loadCharts().then((m) => ({ default: m.DashboardCharts })));

interface DashboardPageProps {
  search: DashboardSearch;
  onSearchChange: (patch: Partial<DashboardSearch>) => void;
}

/** The sales dashboard (§4 Analytics): every figure comes aggregated from the server, scoped to the viewer. */
export function DashboardPage({ search, onSearchChange }: DashboardPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(SalesDashboardDocument, { variables: { filter: toDashboardFilter(search) }, fetchPolicy: 'cache-and-network' });
  const data = query.data?.salesDashboard ?? null;
  const props: ChartProps = {
    data,
    loading: query.loading && !data,
    search,
    period: periodOf(search),
    openDeals: (drill: DealDrill) => void navigate({ to: '/opportunities', search: drill }),
  };
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      <DashboardFilters search={search} onChange={onSearchChange} />
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.unconvertedCount > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" role="status">
          {t('dashboard.unconverted', { count: data.unconvertedCount, currencies: data.unconverted.map((u) => `${u.currency} × ${u.count}`).join(', ') })}
        </Alert>
      )}
      {!query.error && (
        <>
          {data && (
            <Text size="xs" c="dimmed" mb="xs">
              {t('dashboard.convertedNote', { currency: data.currency })} · {t('dashboard.clickHint')}
            </Text>
          )}
          <Suspense fallback={<Center h={280}><Loader size="sm" aria-label={t('common.loading')} /></Center>}>
            <DashboardCharts {...props} />
          </Suspense>
        </>
      )}
    </>
  );
}
