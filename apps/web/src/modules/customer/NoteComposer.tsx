import { useState, type FormEvent } from 'react';
import { Button, Group, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AddCustomerNoteDocument, CustomerDocument } from '@panorama/schema';
import { toFieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** Adds a note to the customer's timeline; Ctrl/⌘+Enter sends. */
export function NoteComposer({ customerId, onAdded }: { customerId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addNote, { loading }] = useMutation(AddCustomerNoteDocument, { refetchQueries: [CustomerDocument] });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim()) {
      setError(t('common.required'));
      return;
    }
    try {
      await addNote({ variables: { customerId, body: body.trim() } });
      setBody('');
      setError(null);
      notifications.show({ color: 'teal', message: t('customer.timeline.noteAdded') });
      onAdded();
    } catch (e) {
      setError(toFieldErrors(e, []).body ?? errorMessage(e));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Textarea
        label={t('customer.timeline.addNote')}
        placeholder={t('customer.timeline.notePlaceholder')}
        autosize
        minRows={2}
        maxRows={8}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
        error={error}
        description={t('customer.timeline.noteShortcut')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit" size="xs" loading={loading}>
          {t('customer.timeline.saveNote')}
        </Button>
      </Group>
    </form>
  );
}
