import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { RolesDocument, type RoleItemFragment } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { DeleteRoleDialog } from './DeleteRoleDialog.tsx';
import { useRoleColumns } from './useRoleColumns.tsx';
import { sortRoles, useRoleLabel } from './useRoleLabel.ts';

/** /admin/roles: every role, built-in first (the server's order), with holders and a link to its editor. */
export function RolesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const { data, loading, error, refetch } = useQuery(RolesDocument, { fetchPolicy: 'cache-and-network' });
  const [deleting, setDeleting] = useState<RoleItemFragment | null>(null);
  const actions = useMemo(
    () => ({
      edit: (r: RoleItemFragment) => void navigate({ to: '/admin/roles/$id', params: { id: r.id } }),
      delete: (r: RoleItemFragment) => setDeleting(r),
    }),
    [navigate],
  );
  const columns = useRoleColumns(actions);
  const roles = useMemo(() => sortRoles(data?.roles ?? []), [data]);

  return (
    <>
      <PageHeader
        title={t('role.title')}
        description={t('role.description')}
        actions={<ButtonLink to="/admin/roles/new" leftSection={<IconPlus size={16} />}>{t('role.new')}</ButtonLink>}
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!(error && !data) && (
        <DataTable<RoleItemFragment>
          withTableBorder
          borderRadius="md"
          minHeight={roles.length ? undefined : 240}
          records={roles}
          columns={columns}
          idAccessor="id"
          fetching={loading && !data}
          noRecordsText={t('role.empty')}
          verticalSpacing="sm"
          aria-label={t('role.title')}
        />
      )}
      <DeleteRoleDialog role={deleting ? { id: deleting.id, label: roleLabel(deleting) } : null} onClose={() => setDeleting(null)} />
    </>
  );
}

