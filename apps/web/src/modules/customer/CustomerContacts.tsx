import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { CustomerContactsDocument } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { DoNotContactBadges } from '../contact/DoNotContactBadges.tsx';

/** The customer's contacts (up to 100 here; the contacts list pages through more). */
export function CustomerContacts({ customerId, deleted }: { customerId: string; deleted: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const { data, loading, error, refetch } = useQuery(CustomerContactsDocument, { variables: { id: customerId, first: 100 } });
  const connection = data?.customer.contacts;
  const records = connection?.edges.map((e) => e.node) ?? [];

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} fz="md">
            {t('customer.contacts.title')}
          </Title>
          {connection && <Badge variant="light" color="gray">{connection.totalCount}</Badge>}
        </Group>
        {!deleted && can('contact:create') && (
          <ButtonLink size="xs" variant="light" leftSection={<IconPlus size={14} />} to="/contacts/new" search={{ customerId }}>
            {t('customer.contacts.add')}
          </ButtonLink>
        )}
      </Group>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable
        withTableBorder={false}
        highlightOnHover
        className="clickable-rows"
        minHeight={records.length ? undefined : 120}
        records={records}
        fetching={loading && !data}
        noRecordsText={t('customer.contacts.empty')}
        idAccessor="id"
        onRowClick={({ record }) => void navigate({ to: '/contacts/$id', params: { id: record.id } })}
        columns={[
          {
            accessor: 'name',
            title: t('contact.fields.name'),
            render: (c) => (
              <Group gap={6} wrap="nowrap">
                <AnchorLink to="/contacts/$id" params={{ id: c.id }} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
                  {c.name}
                </AnchorLink>
                {c.isPrimary && <Badge size="xs" variant="light">{t('contact.fields.isPrimary')}</Badge>}
              </Group>
            ),
          },
          { accessor: 'title', title: t('contact.fields.title'), render: (c) => c.title ?? '—' },
          {
            accessor: 'reach',
            title: t('contact.fields.reach'),
            render: (c) => (
              <Text size="sm" truncate>
                {[c.mobile ?? c.phone, c.email].filter(Boolean).join(' · ') || '—'}
              </Text>
            ),
          },
          { accessor: 'flags', title: t('contact.fields.flags'), render: (c) => <DoNotContactBadges contact={c} /> },
        ]}
      />
    </Paper>
  );
}
