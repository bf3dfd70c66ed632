import { Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { OpportunityListItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import { StageBadge } from './OpportunityBadges.tsx';

/** Columns of the opportunity list; accessors of sortable ones match OpportunityTable's SORT_ACCESSORS. */
export function useOpportunityColumns(): DataTableColumn<OpportunityListItemFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      accessor: 'name',
      title: t('opportunity.fields.name'),
      sortable: true,
      render: (o) => (
        <AnchorLink to="/opportunities/$id" params={{ id: o.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
          {o.name}
        </AnchorLink>
      ),
    },
    {
      accessor: 'customer',
      title: t('opportunity.fields.customer'),
      render: (o) => (o.customer ? <Text size="sm" truncate maw={220}>{o.customer.name}</Text> : '—'),
    },
    {
      accessor: 'stage',
      title: t('opportunity.fields.stage'),
      render: (o) => <StageBadge stage={o.stage} />,
    },
    {
      accessor: 'amount',
      title: t('opportunity.fields.amount'),
      sortable: true,
      textAlign: 'right',
      render: (o) => <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(o.amount.amount, o.amount.currency)}</Text>,
    },
    {
      accessor: 'probability',
      title: t('opportunity.fields.probability'),
      textAlign: 'right',
      render: (o) => `${o.probability}%`,
    },
    {
      accessor: 'expectedCloseDate',
      title: t('opportunity.fields.expectedCloseDate'),
      sortable: true,
      noWrap: true,
      render: (o) => format.date(`${o.expectedCloseDate}T00:00:00`),
    },
    { accessor: 'owner', title: t('opportunity.fields.owner'), noWrap: true, render: (o) => o.owner?.name ?? '—' },
    { accessor: 'updatedAt', title: t('common.updatedAt'), sortable: true, noWrap: true, render: (o) => format.relative(o.updatedAt) },
  ];
}
