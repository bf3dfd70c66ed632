import { useState } from 'react';
import { Button, Center, Loader, Paper, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteTerritoryDocument, TerritoryTreeDocument } from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode, errorExtensions } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { TerritoryModal, type TerritoryEdit } from './TerritoryModal.tsx';
import { TerritoryRepsModal } from './TerritoryRepsModal.tsx';
import { TerritoryTreeView } from './TerritoryTreeView.tsx';
import type { TerritoryTreeNode } from './territoryTree.ts';
import { useTerritoryTree } from './useTerritoryTree.ts';

const BLOCKERS = ['children', 'customers', 'leads', 'reps'] as const;

/** /admin/territories: the territory tree with counts, and its administration. */
export function TerritoriesPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const territories = useTerritoryTree();
  const [edit, setEdit] = useState<TerritoryEdit | null>(null);
  const [repsOf, setRepsOf] = useState<TerritoryTreeNode | null>(null);
  const [removing, setRemoving] = useState<TerritoryTreeNode | null>(null);
  const [remove, removeState] = useMutation(DeleteTerritoryDocument, { refetchQueries: [TerritoryTreeDocument], awaitRefetchQueries: true });

  const doRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id } });
      notifications.show({ color: 'teal', message: t('territory.deleted', { name: removing.name }) });
    } catch (e) {
      const blockers = (errorExtensions(e).blockers ?? {}) as Partial<Record<(typeof BLOCKERS)[number], number>>;
      const what = BLOCKERS.filter((k) => blockers[k]).map((k) => t(`territory.blockers.${k}`, { count: blockers[k] })).join(t('territory.separator'));
      const message = errorCode(e) === 'CONFLICT' && what ? t('territory.inUse', { what }) : errorMessage(e);
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message });
    }
    setRemoving(null);
  };

  return (
    <>
      <PageHeader
        title={t('territory.title')}
        description={t('territory.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEdit({ mode: 'create', parent: null })}>
            {t('territory.addRoot')}
          </Button>
        }
      />
      {territories.error && <QueryError error={territories.error} onRetry={() => void territories.refetch()} />}
      <Paper withBorder p="md" maw={1000}>
        {!territories.loaded && territories.loading && <Center h={120}><Loader size="sm" /></Center>}
        {territories.loaded && territories.roots.length === 0 && <Text c="dimmed" ta="center" py="lg">{t('territory.empty')}</Text>}
        {territories.loaded && (
          <TerritoryTreeView
            key={territories.flat.map((n) => n.id).join(',')}
            roots={territories.roots}
            byId={territories.byId}
            actions={{
              addChild: (n) => setEdit({ mode: 'create', parent: n }),
              rename: (n) => setEdit({ mode: 'rename', territory: n }),
              move: (n) => setEdit({ mode: 'move', territory: n }),
              reps: setRepsOf,
              remove: setRemoving,
            }}
          />
        )}
      </Paper>
      <TerritoryModal edit={edit} all={territories.flat} onClose={() => setEdit(null)} />
      <TerritoryRepsModal territory={repsOf} onClose={() => setRepsOf(null)} />
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('territory.deleteTitle')}
        message={t('territory.deleteBody', { name: removing?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        onConfirm={() => void doRemove()}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
