import { Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { ContractListItemFragment } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { useFormat } from '../../lib/format.ts';
import { ContractKindBadge, ContractStatusBadge, DaysLeft } from './ContractBadges.tsx';

const day = (d: string) => `${d}T00:00:00`;

/** Columns of contract tables; `compact` (the customer page) keeps number, status, value, end and days left. */
export function useContractColumns(compact = false): DataTableColumn<ContractListItemFragment>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: (DataTableColumn<ContractListItemFragment> | false)[] = [
    {
      accessor: 'number',
      title: t('contract.fields.number'),
      render: (c) => (
        <Stack gap={0}>
          <AnchorLink to="/contracts/$id" params={{ id: c.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
            {c.number}
          </AnchorLink>
          <Text size="xs" c="dimmed" truncate maw={260}>{c.title}</Text>
        </Stack>
      ),
    },
    !compact && { accessor: 'customer', title: t('contract.fields.customer'), render: (c) => (c.customer ? <Text size="sm" truncate maw={200}>{c.customer.name}</Text> : '—') },
    !compact && { accessor: 'kind', title: t('contract.fields.kind'), render: (c) => <ContractKindBadge kind={c.kind} /> },
    { accessor: 'status', title: t('contract.fields.status'), render: (c) => <ContractStatusBadge status={c.status} /> },
    {
      accessor: 'value',
      title: t('contract.fields.value'),
      sortable: !compact,
      textAlign: 'right',
      render: (c) => <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(c.value.amount, c.value.currency)}</Text>,
    },
    { accessor: 'endDate', title: t('contract.fields.endDate'), sortable: !compact, noWrap: true, render: (c) => format.date(day(c.endDate)) },
    { accessor: 'daysLeft', title: t('contract.fields.daysLeft'), render: (c) => <DaysLeft status={c.status} daysLeft={c.daysLeft} /> },
    !compact && { accessor: 'owner', title: t('contract.fields.owner'), noWrap: true, render: (c) => c.owner?.name ?? '—' },
    !compact && { accessor: 'updatedAt', title: t('contract.fields.updatedAt'), sortable: true, noWrap: true, render: (c) => format.relative(c.updatedAt) },
  ];
  return columns.filter((c): c is DataTableColumn<ContractListItemFragment> => Boolean(c));
}
