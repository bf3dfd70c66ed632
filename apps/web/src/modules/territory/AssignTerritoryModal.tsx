import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AssignCustomersToTerritoryDocument, CustomerFilterOptionsDocument } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

interface AssignTerritoryModalProps {
  /** The chosen customers; null closes the dialog. */
  customers: { id: string; name: string }[] | null;
  onClose: () => void;
  onAssigned: () => void;
}

/** Territory options labelled by path ("华东 / 上海"), depth-first. */
function pathOptions(items: readonly { id: string; name: string; parentId?: string | null }[]) {
  const byId = new Map(items.map((t) => [t.id, t]));
  const label = (id: string, seen = new Set<string>()): string => {
    const t = byId.get(id)!;
    return t.parentId && byId.has(t.parentId) && !seen.has(t.parentId) ? `${label(t.parentId, seen.add(id))} / ${t.name}` : t.name;
  };
  return items.map((t) => ({ value: t.id, label: label(t.id) })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Moves the selected customers into one territory (all or nothing on the server). */
export function AssignTerritoryModal({ customers, onClose, onAssigned }: AssignTerritoryModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(customers)} onClose={onClose} title={t('territory.assign.title', { count: customers?.length ?? 0 })}>
      {customers && <AssignForm customers={customers} onClose={onClose} onAssigned={onAssigned} />}
    </Modal>
  );
}

function AssignForm({ customers, onClose, onAssigned }: { customers: { id: string; name: string }[]; onClose: () => void; onAssigned: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const options = useQuery(CustomerFilterOptionsDocument);
  const territories = useMemo(() => pathOptions(options.data?.territories ?? []), [options.data]);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ territoryId?: string; form?: string }>({});
  const [assign, state] = useMutation(AssignCustomersToTerritoryDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!territoryId) return setErrors({ territoryId: t('common.required') });
    try {
      await assign({ variables: { input: { territoryId, customerIds: customers.map((c) => c.id) } } });
      const name = territories.find((o) => o.value === territoryId)?.label ?? '';
      notifications.show({ color: 'teal', message: t('territory.assign.done', { count: customers.length, name }) });
      onAssigned();
    } catch (e) {
      const fields = toFieldErrors(e);
      setErrors({ territoryId: fields.territoryId, form: fields.territoryId ? undefined : errorMessage(e) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
        <Select
          label={t('territory.assign.territory')}
          data={territories}
          value={territoryId}
          onChange={setTerritoryId}
          error={errors.territoryId}
          searchable
          required
          disabled={options.loading && !options.data}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={state.loading}>{t('territory.assign.action')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
