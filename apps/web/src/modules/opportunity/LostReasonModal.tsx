import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LostRequest } from './useBoardMove.ts';

/** Asks why a deal was lost before it moves to a LOST stage (the server requires a reason). */
export function LostReasonModal({ request, onConfirm, onCancel }: { request: LostRequest | null; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onCancel();
  };
  const confirm = () => {
    if (!reason.trim()) return setError(t('opportunity.validation.lostReason'));
    onConfirm(reason.trim());
    setReason('');
    setError(null);
  };
  return (
    <Modal opened={Boolean(request)} onClose={close} title={t('opportunity.lost.title')} centered>
      <Stack gap="md">
        <Text size="sm">{request && t('opportunity.lost.body', { name: request.name, stage: request.stage.name })}</Text>
        <Textarea
          label={t('opportunity.lost.reason')}
          placeholder={t('opportunity.lost.placeholder')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm}>
            {t('opportunity.lost.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
