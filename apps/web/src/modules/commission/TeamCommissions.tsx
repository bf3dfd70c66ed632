import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommissionStatementItemFragment } from '@panorama/schema';
import { useFormat } from '../../lib/format.ts';
import { ChartCard } from '../dashboard/ChartCard.tsx';
import { COLORS } from '../dashboard/types.ts';

type Row = CommissionStatementItemFragment;

/** Per rep won and commission, highest commission first (the server's order), with a drill-down into each. */
export function TeamTable({ rows, onOpen }: { rows: Row[]; onOpen: (userId: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('commission.team')}>
      <Title order={3} fz="md" mb="sm">{t('commission.team')}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-label={t('commission.team')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('commission.rep')}</Table.Th>
              <Table.Th ta="right">{t('commission.won')}</Table.Th>
              <Table.Th ta="right">{t('commission.commission')}</Table.Th>
              <Table.Th>{t('commission.plan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.userId}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => onOpen(r.userId)}>{r.user?.name ?? r.userId}</Anchor>
                </Table.Td>
                <Table.Td ta="right">
                  {f.money(r.won.amount, r.won.currency)}
                  <Text size="xs" c="dimmed">{t('commission.deals', { count: r.dealCount })}</Text>
                </Table.Td>
                <Table.Td ta="right" fw={600}>{f.money(r.commission.amount, r.commission.currency)}</Table.Td>
                <Table.Td>{r.planName ? <Badge variant="light" color="gray">{r.planName}</Badge> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The team's commission as bars; clicking a bar opens that rep's deals. */
export function TeamChart({ rows, onOpen }: { rows: Row[]; onOpen: (userId: string) => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const data = rows.map((r) => ({ userId: r.userId, name: r.user?.name ?? '', value: Number(r.commission.amount), row: r }));
  const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <ChartCard title={t('commission.teamChart')} empty={data.every((d) => d.value === 0)} height={Math.max(200, data.length * 36)}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(_v, _n, item) => {
            const r = (item.payload as (typeof data)[number]).row;
            return [`${f.money(r.commission.amount, r.commission.currency)} · ${f.money(r.won.amount, r.won.currency)}`, t('commission.commission')];
          }} />
          <Bar dataKey="value" isAnimationActive={false} fill={COLORS.won} radius={[0, 4, 4, 0]} style={{ cursor: 'pointer' }} onClick={(d) => onOpen((d as unknown as { userId: string }).userId)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
