import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SetTerritoryRepsDocument, TerritoryRepOptionsDocument, TerritoryTreeDocument } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import type { TerritoryTreeNode } from './territoryTree.ts';

/** Picks the reps (active staff) of one territory. */
export function TerritoryRepsModal({ territory, onClose }: { territory: TerritoryTreeNode | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(territory)} onClose={onClose} title={territory ? t('territory.repsTitle', { name: territory.name }) : ''}>
      {territory && <RepsForm territory={territory} onDone={onClose} />}
    </Modal>
  );
}

function RepsForm({ territory, onDone }: { territory: TerritoryTreeNode; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const users = useQuery(TerritoryRepOptionsDocument);
  const [userIds, setUserIds] = useState<string[]>(territory.reps.map((r) => r.id));
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [save, saveState] = useMutation(SetTerritoryRepsDocument, { refetchQueries: [TerritoryTreeDocument], awaitRefetchQueries: true });
  const options = [
    ...(users.data?.users.edges ?? []).filter(({ node }) => node.role !== 'PARTNER').map(({ node }) => ({ value: node.id, label: node.name })),
    // reps already assigned stay visible even when the option list does not hold them
    ...territory.reps.filter((r) => !users.data?.users.edges.some(({ node }) => node.id === r.id)).map((r) => ({ value: r.id, label: r.name })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { territoryId: territory.id, userIds } });
      notifications.show({ color: 'teal', message: t('territory.repsSaved') });
      onDone();
    } catch (e) {
      const fields = Object.values(toFieldErrors(e, []));
      setError(fields.length ? { field: fields.join('; ') } : { form: errorMessage(e) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {error.form && <Alert color="red" variant="light" role="alert">{error.form}</Alert>}
        <MultiSelect
          label={t('territory.fields.reps')}
          placeholder={userIds.length ? undefined : t('territory.noReps')}
          data={options}
          value={userIds}
          onChange={setUserIds}
          error={error.field}
          searchable
          clearable
          disabled={users.loading && !users.data}
          data-autofocus
        />
        <Text size="xs" c="dimmed">{t('territory.repsHint')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saveState.loading}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
