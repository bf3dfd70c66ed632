import { useMemo, useState } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RoleEditorDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { DeleteRoleDialog } from './DeleteRoleDialog.tsx';
import { RoleBadges } from './RoleBadges.tsx';
import { RoleForm } from './RoleForm.tsx';
import { emptyRoleValues, roleToValues } from './roleFormValues.ts';
import { useRoleLabel } from './useRoleLabel.ts';

function BackToRoles() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/admin/roles" size="sm" c="dimmed" w="fit-content">
      <BackLabel>{t('role.backToList')}</BackLabel>
    </AnchorLink>
  );
}

/** /admin/roles/new */
export function NewRolePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(RoleEditorDocument);
  const [initial] = useState(emptyRoleValues);
  const toList = () => void navigate({ to: '/admin/roles' });
  return (
    <>
      <PageHeader title={t('role.newTitle')} back={<BackToRoles />} />
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Center h={240}><Loader /></Center>}
      {data && <RoleForm initial={initial} catalog={data.permissionCatalog} onSaved={toList} onCancel={toList} />}
    </>
  );
}

/** /admin/roles/$id: edit a role (the Administrator role read-only). */
export function EditRolePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const [deleting, setDeleting] = useState(false);
  const { data, error, loading, refetch } = useQuery(RoleEditorDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const role = data?.roles.find((r) => r.id === id);
  const initial = useMemo(() => (role ? roleToValues(role) : null), [role]);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Center h={240}><Loader /></Center>;
  if (!data) return null;
  if (!role || !initial) return <NotFoundPage title={t('role.notFound')} />;
  const toList = () => void navigate({ to: '/admin/roles' });
  const label = roleLabel(role);
  return (
    <>
      <PageHeader
        title={role.key === 'ADMIN' ? t('role.viewTitle', { name: label }) : t('role.editTitle', { name: label })}
        badges={<RoleBadges role={role} />}
        back={<BackToRoles />}
      />
      <RoleForm
        key={role.version}
        initial={initial}
        catalog={data.permissionCatalog}
        existing={role}
        onSaved={toList}
        onCancel={toList}
        onReload={() => refetch()}
        onDelete={() => setDeleting(true)}
      />
      <DeleteRoleDialog role={deleting ? { id: role.id, label } : null} onClose={() => setDeleting(false)} onDeleted={toList} />
    </>
  );
}

