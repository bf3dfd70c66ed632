import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFormat } from './useDashboardFormat.ts';
import type { Dashboard } from './types.ts';

type Row = Dashboard['winRateByOwner'][number] & { name: string };

/** Per owner: won and lost (each opens those deals), win rate, average cycle, won amount. */
export function WinRateTable({ rows, f, drill }: { rows: Row[]; f: DashboardFormat; drill: (ownerId: string | null, status: 'WON' | 'LOST') => void }) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" verticalSpacing={6} highlightOnHover stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.winRate.owner')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.winRate.won')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.winRate.lost')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.winRate.rate')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.winRate.cycle')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.winRate.wonAmount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
        {rows.map((r) => (
          <Table.Tr key={r.ownerId ?? 'none'}>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td ta="right"><Anchor component="button" fz="sm" onClick={() => drill(r.ownerId, 'WON')}>{f.number(r.won)}</Anchor></Table.Td>
            <Table.Td ta="right"><Anchor component="button" fz="sm" onClick={() => drill(r.ownerId, 'LOST')}>{f.number(r.lost)}</Anchor></Table.Td>
            <Table.Td ta="right">{f.percent(r.winRate)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{r.avgCycleDays == null ? '—' : t('dashboard.winRate.cycleDays', { days: f.days(r.avgCycleDays) })}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{f.money(r.wonAmount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
