import { useState } from 'react';
import { Badge, Group, Paper, Select, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { IconCalendar } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { AuditEntitiesDocument, AuditLogDocument, UserOptionsDocument, type AuditLogQuery } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { ChangeList } from '../../lib/components/ChangeList.tsx';
import { CursorPager } from '../../lib/components/CursorPager.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { translateOrFallback } from '../../lib/i18n/dynamic.ts';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { rangeToInstants } from './auditRange.ts';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const ACTION_COLORS: Record<string, string> = { CREATED: 'teal', UPDATED: 'blue', DELETED: 'red', RESTORED: 'teal', CLAIMED: 'grape', RELEASED: 'yellow', LOCKED: 'orange', DEACTIVATED: 'orange', REACTIVATED: 'teal', PASSWORD_RESET: 'violet' };

/** Who changed what and when, across the system (admins). */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [actorId, setActorId] = useState<string | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const users = useQuery(UserOptionsDocument);
  const entities = useQuery(AuditEntitiesDocument);

  const filter = { actorId: actorId ?? undefined, entity: entity ?? undefined, ...rangeToInstants(range) };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { first: 50, after: pages.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.auditLog;
  const label = (prefix: string, value: string) => translateOrFallback(i18n, `${prefix}.${value}`, value);

  const entityCell = (e: Entry) => {
    const name = label('audit.entities', e.entity);
    if (e.entity === 'Customer') return <AnchorLink to="/customers/$id" params={{ id: e.entityId }} size="sm">{name}</AnchorLink>;
    if (e.entity === 'Contact') return <AnchorLink to="/contacts/$id" params={{ id: e.entityId }} size="sm">{name}</AnchorLink>;
    return <Text size="sm">{name}</Text>;
  };

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Paper withBorder p="md" mb="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('audit.fields.actor')}
            placeholder={t('common.any')}
            data={(users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
            value={actorId}
            onChange={setActorId}
            searchable
            clearable
            w={200}
          />
          <Select
            label={t('audit.fields.entity')}
            placeholder={t('common.any')}
            data={(entities.data?.auditEntities ?? []).map((value) => ({ value, label: label('audit.entities', value) }))}
            value={entity}
            onChange={setEntity}
            clearable
            w={180}
          />
          <DatePickerInput
            type="range"
            label={t('audit.fields.period')}
            placeholder={t('audit.pickPeriod')}
            leftSection={<IconCalendar size={16} />}
            value={range}
            onChange={(value) => setRange(value as DatesRangeValue<string>)}
            clearable
            valueFormat="YYYY-MM-DD"
            w={280}
          />
        </Group>
      </Paper>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable<Entry>
        withTableBorder
        borderRadius="md"
        minHeight={connection?.edges.length ? undefined : 240}
        records={connection?.edges.map((e) => e.node) ?? []}
        idAccessor="id"
        fetching={loading}
        noRecordsText={t('audit.empty')}
        verticalSpacing="sm"
        columns={[
          { accessor: 'createdAt', title: t('audit.fields.at'), width: 180, render: (e) => format.dateTime(e.createdAt) },
          { accessor: 'actor', title: t('audit.fields.actor'), width: 140, render: (e) => e.actor?.name ?? t('common.system') },
          {
            accessor: 'action',
            title: t('audit.fields.action'),
            width: 120,
            render: (e) => <Badge variant="light" color={ACTION_COLORS[e.action] ?? 'gray'}>{label('audit.actionNames', e.action)}</Badge>,
          },
          { accessor: 'entity', title: t('audit.fields.entity'), width: 120, render: entityCell },
          { accessor: 'changes', title: t('audit.fields.changes'), render: (e) => <ChangeList entity={e.entity} changes={e.changes} /> },
        ]}
      />
      <CursorPager page={pages.page} totalCount={connection?.totalCount} hasNextPage={Boolean(connection?.pageInfo.hasNextPage)} onPrev={pages.prev} onNext={() => pages.next(connection?.pageInfo.endCursor)} disabled={loading} />
    </>
  );
}
