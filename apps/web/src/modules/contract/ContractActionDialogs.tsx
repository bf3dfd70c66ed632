import { useState } from 'react';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractDetailFragment } from '@panorama/schema';
import type { FieldErrors } from '../../lib/errors.ts';

const addDays = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The same length again, starting the day after the end. */
function nextPeriod(c: ContractDetailFragment) {
  const start = addDays(c.endDate, 1);
  const length = Math.round((Date.parse(`${c.endDate}T00:00:00Z`) - Date.parse(`${c.startDate}T00:00:00Z`)) / 86_400_000);
  return { start, end: addDays(start, length) };
}

interface DialogProps<T> {
  contract: ContractDetailFragment;
  opened: boolean;
  loading: boolean;
  errors: FieldErrors;
  onConfirm: (values: T) => void;
  onClose: () => void;
}

function Buttons({ onClose, loading, label, color }: { onClose: () => void; loading: boolean; label: string; color?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="submit" color={color} loading={loading}>{label}</Button>
    </Group>
  );
}

export function ActivateDialog({ contract: c, opened, loading, errors, onConfirm, onClose }: DialogProps<{ signedDate: string | null }>) {
  const { t } = useTranslation();
  const [signedDate, setSignedDate] = useState<string | null>(c.signedDate ?? null);
  return (
    <Modal opened={opened} onClose={onClose} title={t('contract.actions.activateTitle')} centered>
      <form onSubmit={(e) => { e.preventDefault(); onConfirm({ signedDate }); }}>
        <Stack gap="md">
          <Text size="sm">{t('contract.actions.activateBody', { number: c.number })}</Text>
          <DatePickerInput label={t('contract.fields.signedDate')} leftSection={<IconCalendar size={16} />} clearable value={signedDate} onChange={setSignedDate} error={errors.signedDate} data-autofocus />
          <Buttons onClose={onClose} loading={loading} label={t('contract.actions.activateConfirm')} />
        </Stack>
      </form>
    </Modal>
  );
}

export interface RenewValues {
  startDate: string | null;
  endDate: string | null;
  value: string;
  activate: boolean;
}

export function RenewDialog({ contract: c, opened, loading, errors, onConfirm, onClose }: DialogProps<RenewValues>) {
  const { t } = useTranslation();
  const period = nextPeriod(c);
  const [v, setV] = useState<RenewValues>({ startDate: period.start, endDate: period.end, value: c.value.amount, activate: true });
  return (
    <Modal opened={opened} onClose={onClose} title={t('contract.actions.renewTitle', { number: c.number })} centered size="lg">
      <form onSubmit={(e) => { e.preventDefault(); onConfirm(v); }}>
        <Stack gap="md">
          <Text size="sm">{t('contract.actions.renewBody')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <DatePickerInput label={t('contract.fields.startDate')} leftSection={<IconCalendar size={16} />} value={v.startDate} onChange={(startDate) => setV({ ...v, startDate })} error={errors.startDate} />
            <DatePickerInput label={t('contract.fields.endDate')} required withAsterisk leftSection={<IconCalendar size={16} />} value={v.endDate} onChange={(endDate) => setV({ ...v, endDate })} error={errors.endDate} />
            <TextInput label={`${t('contract.fields.value')} (${c.value.currency})`} inputMode="decimal" value={v.value} onChange={(e) => setV({ ...v, value: e.currentTarget.value })} error={errors.value} />
          </SimpleGrid>
          <Checkbox label={t('contract.actions.renewActivate')} checked={v.activate} onChange={(e) => setV({ ...v, activate: e.currentTarget.checked })} />
          <Buttons onClose={onClose} loading={loading} label={t('contract.actions.renewConfirm')} />
        </Stack>
      </form>
    </Modal>
  );
}

export function TerminateDialog({ contract: c, opened, loading, errors, onConfirm, onClose }: DialogProps<{ reason: string }>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={t('contract.actions.terminateTitle', { number: c.number })} centered>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setLocal(t('common.required'));
        onConfirm({ reason: reason.trim() });
      }}>
        <Stack gap="md">
          <Text size="sm">{t('contract.actions.terminateBody')}</Text>
          <Textarea
            label={t('contract.actions.reason')}
            required
            withAsterisk
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => { setReason(e.currentTarget.value); setLocal(null); }}
            error={local ?? errors.reason}
            data-autofocus
          />
          <Buttons onClose={onClose} loading={loading} label={t('contract.actions.terminateConfirm')} color="red" />
        </Stack>
      </form>
    </Modal>
  );
}
