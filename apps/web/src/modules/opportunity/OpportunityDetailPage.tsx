import { Badge, Center, Grid, Loader, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OpportunityDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { StageBadge, StatusBadge } from './OpportunityBadges.tsx';
import { OpportunityActions } from './OpportunityActions.tsx';
import { OpportunityFacts } from './OpportunityFacts.tsx';
import { StageHistory } from './StageHistory.tsx';
import { ActivitySection } from '../activity/ActivitySection.tsx';
import { OpportunityQuotes } from '../quote/OpportunityQuotes.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { OpportunityProducts } from '../product/OpportunityProducts.tsx';
import { SharesSection } from '../share/SharesSection.tsx';

/** One deal: its facts and its way through the pipeline. */
export function OpportunityDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { data, error, loading, refetch } = useQuery(OpportunityDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const o = data?.opportunity;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('opportunity.notFound')} />;
  if (error && !o) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !o) return <Center h={240}><Loader /></Center>;
  if (!o) return null;

  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/opportunities" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('opportunity.backToList')}</BackLabel>
          </AnchorLink>
        }
        title={o.name}
        badges={
          <>
            <StageBadge stage={o.stage} />
            <StatusBadge status={o.status} />
            {o.deletedAt && <Badge color="red" variant="filled">{t('common.deleted')}</Badge>}
          </>
        }
        actions={<OpportunityActions opportunity={o} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6, lg: 5 }}>
          <OpportunityFacts opportunity={o} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, lg: 7 }}>
          <Stack gap="lg">
            <OpportunityProducts opportunityId={o.id} />
            {can('quote:read') && <OpportunityQuotes opportunityId={o.id} deleted={Boolean(o.deletedAt)} />}
            <StageHistory opportunity={o} />
            <SharesSection kind="opportunity" recordId={o.id} ownerId={o.owner?.id} deleted={Boolean(o.deletedAt)} />
            {can('activity:read') && <ActivitySection link={{ opportunityId: o.id }} deleted={Boolean(o.deletedAt)} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
