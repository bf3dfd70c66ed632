import { useMemo, useState } from 'react';
import { Button, Center, Loader, Paper, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteDepartmentDocument, DepartmentsDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { DepartmentModal, type DepartmentEdit } from './DepartmentModal.tsx';
import { DepartmentTreeView } from './DepartmentTreeView.tsx';
import type { DepartmentNode } from './departmentTree.ts';
import { useDepartments } from './useDepartments.ts';

export function DepartmentsPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const departments = useDepartments();
  const [edit, setEdit] = useState<DepartmentEdit | null>(null);
  const [removing, setRemoving] = useState<DepartmentNode | null>(null);
  const [remove, removeState] = useMutation(DeleteDepartmentDocument, { refetchQueries: [DepartmentsDocument] });
  const byId = useMemo(() => new Map(departments.flat.map((d) => [d.id, d])), [departments.flat]);

  const doRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id } });
      notifications.show({ color: 'teal', message: t('admin.departments.deleted', { name: removing.name }) });
    } catch (e) {
      const message = errorCode(e) === 'CONFLICT' ? t('admin.departments.notEmpty') : errorMessage(e);
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message });
    }
    setRemoving(null);
  };

  return (
    <>
      <PageHeader
        title={t('admin.departments.title')}
        description={t('admin.departments.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEdit({ mode: 'create', parent: null })}>
            {t('admin.departments.addRoot')}
          </Button>
        }
      />
      {departments.error && <QueryError error={departments.error} onRetry={() => void departments.refetch()} />}
      <Paper withBorder p="md" maw={860}>
        {!departments.loaded && departments.loading && <Center h={120}><Loader size="sm" /></Center>}
        {departments.loaded && departments.tree.length === 0 && <Text c="dimmed" ta="center" py="lg">{t('admin.departments.empty')}</Text>}
        {departments.loaded && (
        <DepartmentTreeView
          key={departments.flat.map((d) => d.id).join(',')}
          tree={departments.tree}
          byId={byId}
          actions={{
            addChild: (d) => setEdit({ mode: 'create', parent: d }),
            rename: (d) => setEdit({ mode: 'rename', department: d }),
            move: (d) => setEdit({ mode: 'move', department: d }),
            remove: setRemoving,
          }}
        />
        )}
      </Paper>
      <DepartmentModal edit={edit} all={departments.flat} onClose={() => setEdit(null)} />
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('admin.departments.deleteTitle')}
        message={t('admin.departments.deleteBody', { name: removing?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        onConfirm={() => void doRemove()}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
