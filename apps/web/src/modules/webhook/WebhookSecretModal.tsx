import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ShownSecret {
  secret: string;
  /** After a rotation (the previous secret still signs for a day) rather than a creation. */
  rotated: boolean;
}

/** The signing secret, shown once after creating a webhook or rotating its secret, with a copy button. */
export function WebhookSecretModal({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={shown?.rotated ? t('webhook.secret.rotatedTitle') : t('webhook.secret.createdTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {t('webhook.secret.warning')}
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('webhook.secret.label')}
              value={shown.secret}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              style={{ flex: 1, minWidth: 0 }}
              data-testid="webhook-secret"
              data-autofocus
            />
            <CopyButton value={shown.secret}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                  {copied ? t('webhook.secret.copied') : t('webhook.secret.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          {shown.rotated && <Text size="sm" c="dimmed">{t('webhook.secret.rotatedNote')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('webhook.secret.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
