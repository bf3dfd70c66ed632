import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  name: string;
  loading: boolean;
  /** A server field error for `reason`, if any. */
  error?: string | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Asks why a lead is not a fit; the reason is required (here and on the server). */
export function DisqualifyLeadModal({ opened, name, loading, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('lead.disqualify.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('lead.disqualify.body', { name })}</Text>
          <Textarea
            label={t('lead.disqualify.reason')}
            placeholder={t('lead.disqualify.placeholder')}
            required
            withAsterisk
            data-autofocus
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => (setReason(e.currentTarget.value), setMissing(false))}
            error={missing ? t('common.required') : error}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('lead.disqualify.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
