import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, NumberInput, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconDots, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import {
  AddContractEntitlementDocument, RemoveContractEntitlementDocument, UpdateContractEntitlementDocument,
  type ContractDetailFragment, type ContractEntitlementPartsFragment,
} from '@panorama/schema';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

type Line = ContractEntitlementPartsFragment;
interface Values { name: string; quantity: number | ''; used: number | ''; responseHours: number | ''; notes: string }
const toValues = (e?: Line): Values => ({ name: e?.name ?? '', quantity: e?.quantity ?? '', used: e?.used ?? 0, responseHours: e?.responseHours ?? '', notes: e?.notes ?? '' });
const num = (v: number | '') => (v === '' ? null : v);

/** Used of quantity as a bar: orange from 80 %, red when nothing is left. */
function Usage({ e }: { e: Line }) {
  const { t } = useTranslation();
  if (e.quantity === null) return <Text size="sm" c="dimmed">{t('contract.entitlements.unlimited')} · {e.used}</Text>;
  const pct = e.quantity > 0 ? Math.min(100, (e.used / e.quantity) * 100) : 100;
  return (
    <Stack gap={2} miw={120}>
      <Progress value={pct} color={e.remaining === 0 ? 'red' : pct >= 80 ? 'orange' : 'teal'} size="md" aria-label={`${e.used} / ${e.quantity}`} />
      <Text size="xs" c="dimmed">{e.used} / {e.quantity}</Text>
    </Stack>
  );
}

/** The entitlement lines of a contract, with add / edit / remove while the contract may change. */
export function EntitlementsTable({ contract: c, editable }: { contract: ContractDetailFragment; editable: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<{ line?: Line } | null>(null);
  const [removing, setRemoving] = useState<Line | null>(null);
  const [values, setValues] = useState<Values>(toValues());
  const [errors, setErrors] = useState<FieldErrors>({});
  const refetch = { refetchQueries: ['Contract'] };
  const [add, addState] = useMutation(AddContractEntitlementDocument, refetch);
  const [update, updateState] = useMutation(UpdateContractEntitlementDocument, refetch);
  const [remove, removeState] = useMutation(RemoveContractEntitlementDocument, refetch);

  const open = (line?: Line) => {
    setValues(toValues(line));
    setErrors({});
    setEditing({ line });
  };
  const save = async () => {
    if (!values.name.trim()) return setErrors({ name: t('common.required') });
    const input = { name: values.name.trim(), quantity: num(values.quantity), used: num(values.used) ?? 0, responseHours: num(values.responseHours), notes: values.notes.trim() || null };
    try {
      if (editing?.line) await update({ variables: { id: editing.line.id, input } });
      else await add({ variables: { contractId: c.id, input } });
      notifications.show({ color: 'teal', message: t('contract.notify.entitlementSaved') });
      setEditing(null);
    } catch (error) {
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) return setErrors(fields);
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    }
  };
  const field = (key: 'quantity' | 'used' | 'responseHours', label: string, description?: string) => (
    <NumberInput label={label} description={description} min={0} allowDecimal={false} value={values[key]} onChange={(v) => { setValues({ ...values, [key]: typeof v === 'number' ? v : '' }); setErrors({}); }} error={errors[key]} />
  );

  return (
    <Paper withBorder p="lg" data-testid="contract-entitlements">
      <Group justify="space-between" mb="md">
        <Title order={3} fz="md">{t('contract.entitlements.title')}</Title>
        {editable && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => open()}>{t('contract.entitlements.add')}</Button>}
      </Group>
      <DataTable
        withTableBorder={false}
        minHeight={c.entitlements.length ? undefined : 100}
        records={c.entitlements}
        idAccessor="id"
        noRecordsText={t('contract.entitlements.empty')}
        columns={[
          { accessor: 'name', title: t('contract.entitlements.name'), render: (e) => <Stack gap={0}><Text size="sm" fw={500}>{e.name}</Text>{e.notes && <Text size="xs" c="dimmed">{e.notes}</Text>}</Stack> },
          { accessor: 'usage', title: t('contract.entitlements.usage'), width: 160, render: (e) => <Usage e={e} /> },
          { accessor: 'remaining', title: t('contract.entitlements.remaining'), width: 80, textAlign: 'right', render: (e) => (e.remaining === null ? '∞' : e.remaining) },
          { accessor: 'responseHours', title: t('contract.entitlements.response'), width: 90, textAlign: 'right', render: (e) => (e.responseHours === null ? '—' : t('contract.entitlements.hours', { count: e.responseHours })) },
          ...(editable ? [{
            accessor: 'actions', title: '', width: 48, render: (e: Line) => (
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('contract.entitlements.actionsFor', { name: e.name })}><IconDots size={16} /></ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => open(e)}>{t('contract.entitlements.edit')}</Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(e)}>{t('contract.entitlements.remove')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ),
          }] : []),
        ]}
      />
      <Modal opened={Boolean(editing)} onClose={() => setEditing(null)} title={editing?.line ? t('contract.entitlements.edit') : t('contract.entitlements.add')} centered>
        <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Stack gap="md">
            <TextInput label={t('contract.entitlements.name')} required withAsterisk value={values.name} onChange={(e) => { setValues({ ...values, name: e.currentTarget.value }); setErrors({}); }} error={errors.name} data-autofocus />
            <SimpleGrid cols={3} spacing="sm">
              {field('quantity', t('contract.entitlements.quantity'), t('contract.entitlements.quantityHint'))}
              {field('used', t('contract.entitlements.used'), ' ')}
              {field('responseHours', t('contract.entitlements.responseHours'), ' ')}
            </SimpleGrid>
            <Textarea label={t('contract.entitlements.notes')} autosize minRows={2} value={values.notes} onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })} error={errors.notes} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
              <Button type="submit" loading={addState.loading || updateState.loading}>{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('contract.entitlements.removeTitle')}
        message={t('contract.entitlements.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('contract.entitlements.remove')}
        danger
        loading={removeState.loading}
        onClose={() => setRemoving(null)}
        onConfirm={() => void remove({ variables: { id: removing!.id } }).then(
          () => { notifications.show({ color: 'teal', message: t('contract.notify.entitlementRemoved') }); setRemoving(null); },
          (error: unknown) => notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) }),
        )}
      />
    </Paper>
  );
}
