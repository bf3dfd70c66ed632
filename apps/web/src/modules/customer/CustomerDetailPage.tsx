import { Center, Grid, Loader, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CustomerDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { CustomerActions } from './CustomerActions.tsx';
import { DeletedBadge, KindBadge, PoolBadge, StageBadge, TierBadge } from './CustomerBadges.tsx';
import { CustomerContacts } from './CustomerContacts.tsx';
import { CustomerFacts } from './CustomerFacts.tsx';
import { CustomerTimeline } from './CustomerTimeline.tsx';
import { CustomerOpportunities } from '../opportunity/CustomerOpportunities.tsx';
import { CustomerContracts } from '../contract/CustomerContracts.tsx';
import { CustomerOrders } from '../order/CustomerOrders.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { ActivitySection } from '../activity/ActivitySection.tsx';
import { SharesSection } from '../share/SharesSection.tsx';

/** Customer 360 (foundation): facts, contacts and the timeline of notes and changes. */
export function CustomerDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { data, error, loading, refetch } = useQuery(CustomerDocument, { variables: { id } });
  const customer = data?.customer;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('customer.notFound')} />;
  if (error && !customer) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !customer) return <Center h={240}><Loader /></Center>;
  if (!customer) return null;

  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/customers" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('customer.backToList')}</BackLabel>
          </AnchorLink>
        }
        title={customer.name}
        badges={
          <>
            <KindBadge kind={customer.kind} />
            <StageBadge stage={customer.lifecycleStage} />
            <TierBadge tier={customer.tier} />
            {customer.inPool && <PoolBadge />}
            {customer.deletedAt && <DeletedBadge />}
          </>
        }
        actions={<CustomerActions customer={customer} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <CustomerFacts customer={customer} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <CustomerContacts customerId={customer.id} deleted={Boolean(customer.deletedAt)} />
            {can('opportunity:read') && <CustomerOpportunities customerId={customer.id} deleted={Boolean(customer.deletedAt)} />}
            {can('contract:read') && <CustomerContracts customerId={customer.id} deleted={Boolean(customer.deletedAt)} />}
            {can('order:read') && <CustomerOrders customerId={customer.id} />}
            {can('activity:read') && <ActivitySection link={{ customerId: customer.id }} deleted={Boolean(customer.deletedAt)} />}
            <SharesSection kind="customer" recordId={customer.id} ownerId={customer.owner?.id} deleted={Boolean(customer.deletedAt)} />
            <CustomerTimeline customerId={customer.id} deleted={Boolean(customer.deletedAt)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
