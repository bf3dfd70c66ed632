import { useMemo, useState } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import {
  DeactivateUserDocument, PoolSettingsDocument, ReactivateUserDocument, UsersDocument, type AdminUserFragment, type Role,
} from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { CursorPager } from '../../lib/components/CursorPager.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useCursorPages } from '../../lib/useCursorPages.ts';
import { useEnumOptions } from '../../lib/useEnumOptions.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { PoolSettingsCard } from './PoolSettingsCard.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { useDepartments } from './useDepartments.ts';
import { useUserColumns } from './useUserColumns.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const enums = useEnumOptions();
  const departments = useDepartments();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [active, setActive] = useState<string>('all');
  const [editing, setEditing] = useState<AdminUserFragment | null | undefined>(undefined);
  const [resetting, setResetting] = useState<AdminUserFragment | null>(null);
  const [deactivating, setDeactivating] = useState<AdminUserFragment | null>(null);

  const filter = { search: search || undefined, role: role ?? undefined, departmentId: departmentId ?? undefined, active: active === 'all' ? undefined : active === 'active' };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { first: 25, after: pages.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.users;
  const settings = useQuery(PoolSettingsDocument, can('admin:settings') ? {} : skipToken);
  const [deactivate, deactivateState] = useMutation(DeactivateUserDocument);
  const [reactivate] = useMutation(ReactivateUserDocument);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifications.show({ color: 'teal', message: success });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(e) });
    }
  };
  const actions = useMemo(
    () => ({
      edit: (u: AdminUserFragment) => setEditing(u),
      resetPassword: (u: AdminUserFragment) => setResetting(u),
      deactivate: (u: AdminUserFragment) => setDeactivating(u),
      reactivate: (u: AdminUserFragment) =>
        void run(() => reactivate({ variables: { id: u.id } }), t('admin.users.notify.reactivated', { name: u.name })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reactivate, t],
  );
  const columns = useUserColumns(actions, settings.data?.poolSettings.defaultClaimLimit);

  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        description={t('admin.users.description')}
        actions={<Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>{t('admin.users.new')}</Button>}
      />
      {can('admin:settings') && <PoolSettingsCard />}
      <Paper withBorder p="md" mb="md">
        <Group gap="sm" align="flex-end">
          <TextInput label={t('admin.users.filters.search')} placeholder={t('admin.users.filters.searchPlaceholder')} leftSection={<IconSearch size={16} />} value={text} onChange={(e) => setText(e.currentTarget.value)} type="search" w={240} />
          <Select label={t('admin.users.fields.role')} placeholder={t('common.any')} data={enums.roles} value={role} onChange={(v) => setRole(v as Role | null)} clearable w={170} />
          <Select label={t('admin.users.fields.department')} placeholder={t('common.any')} data={departments.options} value={departmentId} onChange={setDepartmentId} clearable searchable w={200} />
          <Select
            label={t('admin.users.fields.status')}
            data={[
              { value: 'all', label: t('common.all') },
              { value: 'active', label: t('admin.users.status.active') },
              { value: 'inactive', label: t('admin.users.status.inactive') },
            ]}
            value={active}
            onChange={(v) => setActive(v ?? 'all')}
            allowDeselect={false}
            w={140}
          />
        </Group>
      </Paper>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable<AdminUserFragment>
        withTableBorder
        borderRadius="md"
        minHeight={connection?.edges.length ? undefined : 240}
        records={connection?.edges.map((e) => e.node) ?? []}
        columns={columns}
        idAccessor="id"
        fetching={loading}
        noRecordsText={t('admin.users.empty')}
        verticalSpacing="sm"
      />
      <CursorPager page={pages.page} totalCount={connection?.totalCount} hasNextPage={Boolean(connection?.pageInfo.hasNextPage)} onPrev={pages.prev} onNext={() => pages.next(connection?.pageInfo.endCursor)} disabled={loading} />
      <UserFormModal user={editing} opened={editing !== undefined} onClose={() => setEditing(undefined)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        opened={Boolean(deactivating)}
        title={t('admin.users.deactivateTitle')}
        message={t('admin.users.deactivateBody', { name: deactivating?.name ?? '' })}
        confirmLabel={t('admin.users.deactivate')}
        danger
        loading={deactivateState.loading}
        onConfirm={() => {
          const u = deactivating;
          if (u) void run(() => deactivate({ variables: { id: u.id } }), t('admin.users.notify.deactivated', { name: u.name })).then(() => setDeactivating(null));
        }}
        onClose={() => setDeactivating(null)}
      />
    </>
  );
}
