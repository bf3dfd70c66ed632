import { useMemo, useState } from 'react';
import { Group, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DeleteSalesTargetDocument, SetSalesTargetDocument, TargetPlannerDocument, type TargetPeriod } from '@panorama/schema';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { CURRENCIES } from '../opportunity/opportunityFormValues.ts';
import { TargetCell } from './TargetCell.tsx';
import { cellKey, periodStarts, planRows, type PlanRow } from './targetPlan.ts';

const thisYear = new Date().getUTCFullYear();

/** Admin → Sales targets: one row per department or sales user, one column per month or quarter of a year. */
export function TargetsPage() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { can } = useViewer();
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState<TargetPeriod>('MONTH');
  const [currency, setCurrency] = useState('CNY');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const variables = { filter: { period, from: `${year}-01-01`, to: `${year}-12-31` } };
  const query = useQuery(TargetPlannerDocument, { variables, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [{ query: TargetPlannerDocument, variables }], awaitRefetchQueries: true };
  const [setTarget] = useMutation(SetSalesTargetDocument, refetch);
  const [deleteTarget] = useMutation(DeleteSalesTargetDocument, refetch);
  const data = query.data;
  const starts = periodStarts(year, period);
  const rows = useMemo(() => (data ? planRows(data, can('admin:sales')) : { departments: [], users: [] }), [data, can]);
  const targets = useMemo(
    () => new Map((data?.salesTargets ?? []).map((tg) => [cellKey(tg.userId ? 'user' : 'department', (tg.userId ?? tg.departmentId)!, tg.periodStart), tg])),
    [data],
  );
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
  const header = (start: string, i: number) => (period === 'MONTH' ? monthName.format(new Date(`${start}T00:00:00Z`)) : `Q${i + 1}`);

  const run = async (key: string, action: () => Promise<unknown>, message: string) => {
    setSaving(key);
    try {
      await action();
      setErrors((e) => ({ ...e, [key]: '' }));
      notifications.show({ color: 'teal', message });
      return true;
    } catch (e) {
      const f = toFieldErrors(e);
      setErrors((prev) => ({ ...prev, [key]: f.amount ?? f.periodStart ?? f.currency ?? f.userId ?? f.departmentId ?? errorMessage(e) }));
      return false;
    } finally {
      setSaving(null);
    }
  };

  const renderRow = (row: PlanRow) => (
    <Table.Tr key={`${row.kind}:${row.id}`}>
      <Table.Td style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
        <Text size="sm" fw={500}>{row.name}</Text>
        {row.hint && <Text size="xs" c="dimmed">{row.hint}</Text>}
      </Table.Td>
      {starts.map((start, i) => {
        const key = cellKey(row.kind, row.id, start);
        const target = targets.get(key);
        const owner = row.kind === 'user' ? { userId: row.id } : { departmentId: row.id };
        return (
          <Table.Td key={key}>
            <TargetCell
              key={`${key}:${target?.amount ?? ''}`}
              label={t('target.cellLabel', { owner: row.name, period: `${year} ${header(start, i)}` })}
              target={target}
              currency={currency}
              saving={saving === key}
              error={errors[key]}
              onSave={(amount) =>
                run(key, () => setTarget({ variables: { input: { ...owner, period, periodStart: start, amount, currency: target?.currency ?? currency } } }), t('target.saved'))}
              onDelete={(id) => run(key, () => deleteTarget({ variables: { id } }), t('target.deleted'))}
            />
          </Table.Td>
        );
      })}
    </Table.Tr>
  );

  const section = (title: string, list: PlanRow[]) =>
    list.length > 0 && [
      <Table.Tr key={title}><Table.Th colSpan={starts.length + 1} bg="var(--mantine-color-gray-0)">{title}</Table.Th></Table.Tr>,
      ...list.map(renderRow),
    ];

  return (
    <>
      <PageHeader title={t('target.title')} description={t('target.description')} />
      <Group gap="md" mb="md" align="flex-end">
        <Select label={t('target.year')} data={[thisYear - 1, thisYear, thisYear + 1].map(String)} value={String(year)} onChange={(v) => v && setYear(Number(v))} w={110} allowDeselect={false} />
        <div>
          <Text size="sm" fw={500} mb={4}>{t('target.period')}</Text>
          <SegmentedControl value={period} onChange={(v) => setPeriod(v as TargetPeriod)} data={[{ value: 'MONTH', label: t('target.month') }, { value: 'QUARTER', label: t('target.quarter') }]} />
        </div>
        <Select label={t('target.currency')} description={t('target.currencyHint')} data={[...CURRENCIES]} value={currency} onChange={(v) => v && setCurrency(v)} w={260} allowDeselect={false} />
      </Group>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Paper withBorder p="xs">
        <Table.ScrollContainer minWidth={period === 'MONTH' ? 1400 : 700}>
          <Table verticalSpacing={4} aria-label={t('target.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={180}>{t('target.owner')}</Table.Th>
                {starts.map((s, i) => <Table.Th key={s}>{header(s, i)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section(t('target.departments'), rows.departments)}
              {section(t('target.users'), rows.users)}
              {data && rows.departments.length + rows.users.length === 0 && (
                <Table.Tr><Table.Td colSpan={starts.length + 1}><Text c="dimmed" size="sm">{t('target.empty')}</Text></Table.Td></Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed" mt="xs">{t('target.ruleHint')}</Text>
    </>
  );
}
