import { useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateActivityDocument, type ActivityKind } from '@panorama/schema';
import { errorExtensions, toFieldErrors, unmatchedFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { KINDS, isTimed, overlapConflicts, type OverlapConflict } from './activityModel.ts';
import { OverlapWarning } from './OverlapWarning.tsx';
import { useUserOptions } from './useUserOptions.ts';

/** The record the activity is logged against (prefilled, not editable here). */
export interface ActivityLink {
  customerId?: string;
  opportunityId?: string;
}

const toIso = (value: string | null) => (value ? new Date(value.replace(' ', 'T')).toISOString() : null);

/** Log a call, meeting, task or email; warns when an attendee is busy and lets the user schedule anyway. */
export function LogActivityModal({ opened, onClose, link, onSaved }: { opened: boolean; onClose: () => void; link: ActivityLink; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const users = useUserOptions();
  const [kind, setKind] = useState<ActivityKind>('MEETING');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [startAt, setStartAt] = useState<string | null>(null);
  const [endAt, setEndAt] = useState<string | null>(null);
  const [dueAt, setDueAt] = useState<string | null>(null);
  const [attendeeIds, setAttendeeIds] = useState<string[]>([]);
  const [conflicts, setConflicts] = useState<OverlapConflict[] | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateActivityDocument);

  const reset = () => {
    setSubject(''); setDescription(''); setLocation(''); setStartAt(null); setEndAt(null); setDueAt(null);
    setAttendeeIds([]); setConflicts(null); setFieldErrors({}); setFormError(null);
  };
  const close = () => { reset(); onClose(); };

  const submit = async (allowOverlap = false) => {
    setFieldErrors({}); setFormError(null);
    const timed = isTimed(kind);
    try {
      await create({
        variables: {
          input: {
            kind, subject, description: description || null, location: location || null,
            startAt: timed || kind === 'EMAIL' ? toIso(startAt) : null, endAt: timed ? toIso(endAt) : null,
            dueAt: kind === 'TASK' ? toIso(dueAt) : null, attendeeIds: timed ? attendeeIds : null,
            customerId: link.customerId ?? null, opportunityId: link.opportunityId ?? null, allowOverlap,
          },
        },
      });
      notifications.show({ color: 'teal', message: t('activity.created') });
      onSaved();
      close();
    } catch (error) {
      const found = overlapConflicts(errorExtensions(error));
      if (found) return setConflicts(found);
      const fields = toFieldErrors(error);
      setFieldErrors(fields);
      const extra = unmatchedFieldErrors(fields, ['subject', 'startAt', 'endAt', 'dueAt', 'attendeeIds']);
      if (!Object.keys(fields).length) setFormError(errorMessage(error));
      else if (extra.length) setFormError(extra.join('; '));
    }
  };

  const timed = isTimed(kind);
  return (
    <Modal opened={opened} onClose={close} title={t('activity.modal.title')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack gap="sm">
          <SegmentedControl value={kind} onChange={(v) => { setKind(v as ActivityKind); setConflicts(null); }}
            data={KINDS.map((k) => ({ value: k, label: t(`activity.kind.${k}`) }))} aria-label={t('activity.fields.kind')} />
          <TextInput label={t('activity.fields.subject')} required value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={fieldErrors.subject} data-autofocus />
          {(timed || kind === 'EMAIL') && (
            <Group grow align="flex-start">
              <DateTimePicker label={t('activity.fields.startAt')} required={timed} value={startAt} onChange={(v) => { setStartAt(v); setConflicts(null); }} error={fieldErrors.startAt} clearable />
              {timed && <DateTimePicker label={t('activity.fields.endAt')} required value={endAt} onChange={(v) => { setEndAt(v); setConflicts(null); }} error={fieldErrors.endAt} clearable />}
            </Group>
          )}
          {kind === 'TASK' && <DateTimePicker label={t('activity.fields.dueAt')} required value={dueAt} onChange={setDueAt} error={fieldErrors.dueAt} clearable />}
          {timed && (
            <MultiSelect label={t('activity.fields.attendeeIds')} placeholder={t('activity.modal.attendeesPlaceholder')} data={users.options} value={attendeeIds}
              onChange={(v) => { setAttendeeIds(v); setConflicts(null); }} searchable clearable error={fieldErrors.attendeeIds} />
          )}
          {timed && <TextInput label={t('activity.fields.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} />}
          <Textarea label={t('activity.fields.description')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          {formError && <Alert color="red" variant="light" role="alert">{formError}</Alert>}
          {conflicts && <OverlapWarning conflicts={conflicts} nameOf={users.nameOf} busy={loading} onConfirm={() => void submit(true)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('activity.modal.cancel')}</Button>
            <Button type="submit" loading={loading} disabled={Boolean(conflicts)}>{t('activity.modal.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
