import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CreatePipelineStageDocument, UpdatePipelineStageDocument, type PipelineStageItemFragment, type StageKind } from '@panorama/schema';
import { isStaleVersion, toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

const FIXED: Partial<Record<StageKind, number>> = { WON: 100, LOST: 0 };

interface StageModalProps {
  /** null: a new stage; a stage: edit it. */
  stage: PipelineStageItemFragment | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Create or edit a stage: name, kind, default probability (fixed for won and lost stages). */
export function StageModal({ stage, opened, onClose, onSaved }: StageModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(stage?.name ?? '');
  const [kind, setKind] = useState<StageKind>(stage?.kind ?? 'OPEN');
  const [probability, setProbability] = useState<number | ''>(stage?.probability ?? 10);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreatePipelineStageDocument);
  const [update, updateState] = useMutation(UpdatePipelineStageDocument);
  const fixed = FIXED[kind];

  const save = async () => {
    setFormError(null);
    if (!name.trim()) return setErrors({ name: t('common.required') });
    const fields = { name: name.trim(), kind, probability: fixed ?? (probability === '' ? null : probability) };
    try {
      if (stage) await update({ variables: { id: stage.id, input: { version: stage.version, ...fields } } });
      else await create({ variables: { input: fields } });
      notifications.show({ color: 'teal', message: stage ? t('pipeline.notify.updated') : t('pipeline.notify.created') });
      onSaved();
    } catch (error) {
      const found = toFieldErrors(error);
      if (Object.keys(found).length) setErrors(found);
      else setFormError(isStaleVersion(error) ? t('errors.staleVersion') : errorMessage(error));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={stage ? t('pipeline.editTitle', { name: stage.name }) : t('pipeline.new')} centered>
      <Stack gap="md">
        {formError && <Alert color="red" variant="light" role="alert">{formError}</Alert>}
        <TextInput
          label={t('pipeline.fields.name')}
          required
          withAsterisk
          data-autofocus
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setErrors(({ name: _n, ...rest }) => rest);
          }}
          error={errors.name}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('pipeline.fields.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as StageKind)}
            data={(['OPEN', 'WON', 'LOST'] as const).map((k) => ({ value: k, label: t(`pipeline.kinds.${k}`) }))}
          />
          <Text size="xs" c={errors.kind ? 'red' : 'dimmed'}>
            {errors.kind ?? t('pipeline.kindHint')}
          </Text>
        </Stack>
        <NumberInput
          label={t('pipeline.fields.probability')}
          min={0}
          max={100}
          allowDecimal={false}
          suffix="%"
          value={fixed ?? probability}
          disabled={fixed !== undefined}
          onChange={(value) => setProbability(typeof value === 'number' ? value : '')}
          error={errors.probability}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={createState.loading || updateState.loading} onClick={() => void save()}>
            {stage ? t('common.save') : t('pipeline.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
