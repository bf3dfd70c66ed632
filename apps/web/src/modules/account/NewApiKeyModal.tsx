import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateApiKeyDocument, MyApiKeysDocument } from '@panorama/schema';
import { toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { groupScopes } from '../api-key/scopeGroups.ts';
import { useScopeLabel } from '../api-key/useScopeLabel.ts';

const EXPIRY_DAYS = ['30', '90', '180', '365'] as const;
type ExpiryDays = (typeof EXPIRY_DAYS)[number];
const DAY_MS = 86_400_000;

/** "New API key": name, expiry and scopes (among the viewer's own permissions); then the key, shown once. */
export function NewApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(null);
  const close = () => {
    setKey(null); // the secret leaves memory with the window
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={key ? t('apiKey.created.title') : t('apiKey.create.title')}
      size="xl"
      closeOnClickOutside={!key}
    >
      {opened && (key ? <CreatedKey apiKey={key} onDone={close} /> : <NewKeyForm onCreated={setKey} onCancel={close} />)}
    </Modal>
  );
}

function NewKeyForm({ onCreated, onCancel }: { onCreated: (key: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useScopeLabel();
  const errorMessage = useErrorMessage();
  const { permissions } = useViewer();
  const groups = groupScopes([...permissions]);
  const [name, setName] = useState('');
  const [days, setDays] = useState<ExpiryDays>('90');
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  /** Field errors by field (`name`, `scopes[1]`), and `form` for the rest. */
  const [errors, setErrors] = useState<FieldErrors>({});
  const [create, { loading }] = useMutation(CreateApiKeyDocument, { refetchQueries: [MyApiKeysDocument] });
  const [openedAt] = useState(() => Date.now());
  const expiresOn = new Date(openedAt + Number(days) * DAY_MS);
  const scopeErrors = Object.entries(errors).filter(([field]) => field.startsWith('scopes')).map(([, message]) => message);

  const toggle = (list: string[], on: boolean) => {
    setScopes((current) => {
      const next = new Set(current);
      for (const scope of list) if (on) next.add(scope); else next.delete(scope);
      return next;
    });
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !field.startsWith('scopes') && field !== 'form')));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!name.trim()) local.name = t('common.required');
    if (scopes.size === 0) local.scopes = t('apiKey.create.noScopes');
    if (Object.keys(local).length) return setErrors(local);
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), scopes: [...scopes], expiresAt: new Date(Date.now() + Number(days) * DAY_MS).toISOString() } } });
      if (data) onCreated(data.createApiKey.key);
    } catch (e) {
      const fields = toFieldErrors(e);
      const shown = Object.keys(fields).some((f) => f === 'name' || f === 'expiresAt' || f.startsWith('scopes'));
      setErrors(shown ? fields : { ...fields, form: errorMessage(e) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {errors.form && <Alert color="red" variant="light" role="alert">{errors.form}</Alert>}
        <TextInput
          label={t('apiKey.create.name')}
          description={t('apiKey.create.nameHint')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setErrors(({ name: _, ...rest }) => rest);
          }}
          error={errors.name}
          maxLength={100}
          required
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="api-key-expiry">{t('apiKey.create.expiry')}</Text>
          <Group gap="md">
            <SegmentedControl
              aria-labelledby="api-key-expiry"
              value={days}
              onChange={(value) => setDays(value as ExpiryDays)}
              data={EXPIRY_DAYS.map((d) => ({ value: d, label: t(`apiKey.create.expiryOptions.d${d}`) }))}
            />
            <Text size="sm" c="dimmed">{t('apiKey.create.expiresOn', { date: format.date(expiresOn) })}</Text>
          </Group>
          {errors.expiresAt && <Text size="xs" c="red">{errors.expiresAt}</Text>}
        </Stack>
        <Stack gap={6} role="group" aria-labelledby="api-key-scopes">
          <Group justify="space-between" gap="sm">
            <Text size="sm" fw={500} id="api-key-scopes">{t('apiKey.create.scopes')}</Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed" aria-live="polite">{t('apiKey.create.selected', { count: scopes.size })}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => toggle([...permissions].filter((p) => p.endsWith(':read')), true)}>
                {t('apiKey.create.readOnly')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => toggle([...scopes], false)} disabled={scopes.size === 0}>
                {t('apiKey.create.clear')}
              </Button>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">{t('apiKey.create.scopesHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
            {groups.map((group) => {
              const chosen = group.scopes.filter((s) => scopes.has(s)).length;
              return (
                <Stack key={group.module} gap={6} p="xs" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
                  <Checkbox
                    label={label.module(group.module)}
                    aria-label={t('apiKey.create.wholeModule', { module: label.module(group.module) })}
                    checked={chosen === group.scopes.length}
                    indeterminate={chosen > 0 && chosen < group.scopes.length}
                    onChange={(e) => toggle(group.scopes, e.currentTarget.checked)}
                    fw={600}
                  />
                  <Group gap="sm" pl="lg">
                    {group.scopes.map((scope) => (
                      <Checkbox
                        key={scope}
                        size="xs"
                        label={label.action(scope)}
                        aria-label={label.scope(scope)}
                        checked={scopes.has(scope)}
                        onChange={(e) => toggle([scope], e.currentTarget.checked)}
                      />
                    ))}
                  </Group>
                </Stack>
              );
            })}
          </SimpleGrid>
          {scopeErrors.length > 0 && <Text size="xs" c="red" role="alert">{scopeErrors.join('; ')}</Text>}
        </Stack>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={loading}>{t('apiKey.create.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function CreatedKey({ apiKey, onDone }: { apiKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
        {t('apiKey.created.warning')}
      </Alert>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('apiKey.created.key')}
          value={apiKey}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: 1 }}
          data-testid="new-api-key"
          data-autofocus
        />
        <CopyButton value={apiKey}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? t('apiKey.created.copied') : t('apiKey.created.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('apiKey.section.usage')} <Code>Authorization: Bearer {apiKey.slice(0, 11)}…</Code>
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{t('apiKey.created.done')}</Button>
      </Group>
    </Stack>
  );
}
