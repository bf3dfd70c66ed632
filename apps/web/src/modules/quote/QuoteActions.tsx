import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconCheck, IconCopy, IconPrinter, IconSend, IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AcceptQuoteDocument, DeleteQuoteDocument, MarkQuoteSentDocument, RejectQuoteDocument, ReviseQuoteDocument, type QuoteDetailFragment,
} from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { useQuoteErrorMessage } from './useQuoteErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';

const LISTS = ['quotes', 'orders'];
type Pending = 'send' | 'accept' | 'reject' | 'delete' | null;

/** The workflow buttons a quote's status and the viewer's role allow; Print opens the printable view. */
export function QuoteActions({ quote: q, dirty }: { quote: QuoteDetailFragment; dirty: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const errorMessage = useQuoteErrorMessage();
  const [pending, setPending] = useState<Pending>(null);
  const evict = { update: (c: Parameters<typeof evictRootFields>[0]) => evictRootFields(c, LISTS) };
  const [send, sendState] = useMutation(MarkQuoteSentDocument, evict);
  const [accept, acceptState] = useMutation(AcceptQuoteDocument, evict);
  const [reject, rejectState] = useMutation(RejectQuoteDocument, evict);
  const [revise, reviseState] = useMutation(ReviseQuoteDocument, evict);
  const [remove, removeState] = useMutation(DeleteQuoteDocument, evict);
  const variables = { id: q.id };

  const run = async (action: () => Promise<string | void>) => {
    try {
      const message = await action();
      if (message) notifications.show({ color: 'teal', message });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(error) });
    } finally {
      setPending(null);
    }
  };
  const confirmed: Record<Exclude<Pending, null>, () => Promise<string | void>> = {
    send: async () => (await send({ variables }), t('quote.notify.sent')),
    accept: async () => {
      const { data } = await accept({ variables });
      if (data) void navigate({ to: '/orders/$id', params: { id: data.acceptQuote.id } });
      return t('quote.notify.accepted', { number: data?.acceptQuote.number });
    },
    reject: async () => (await reject({ variables }), t('quote.notify.rejected')),
    delete: async () => {
      await remove({ variables });
      void navigate({ to: '/opportunities/$id', params: { id: q.opportunityId } });
      return t('quote.notify.deleted');
    },
  };
  const status = q.status;
  const draft = status === 'DRAFT';

  return (
    <Group gap="sm">
      {draft && can('quote:update') && (
        <Button leftSection={<IconSend size={16} />} disabled={dirty} onClick={() => setPending('send')}>{t('quote.actions.send')}</Button>
      )}
      {status === 'SENT' && can('quote:update') && (
        <>
          <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setPending('accept')}>{t('quote.actions.accept')}</Button>
          <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setPending('reject')}>{t('quote.actions.reject')}</Button>
        </>
      )}
      {status === 'EXPIRED' && can('quote:update') && (
        <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setPending('reject')}>{t('quote.actions.reject')}</Button>
      )}
      {(status === 'SENT' || status === 'EXPIRED' || status === 'REJECTED') && can('quote:create') && (
        <Button
          variant="default"
          leftSection={<IconCopy size={16} />}
          loading={reviseState.loading}
          onClick={() =>
            void run(async () => {
              const { data } = await revise({ variables });
              if (data) void navigate({ to: '/quotes/$id', params: { id: data.reviseQuote.id } });
              return t('quote.notify.revised', { number: data?.reviseQuote.number });
            })
          }
        >
          {t('quote.actions.revise')}
        </Button>
      )}
      {q.order && can('order:read') && (
        <ButtonLink variant="light" color="teal" to="/orders/$id" params={{ id: q.order.id }}>{t('quote.actions.openOrder', { number: q.order.number })}</ButtonLink>
      )}
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        component="a"
        href={`/quotes/${q.id}/print?lang=${i18n.language}`}
        target="_blank"
      >
        {t('quote.actions.print')}
      </Button>
      {draft && can('quote:delete') && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setPending('delete')}>{t('quote.actions.delete')}</Button>
      )}
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`quote.confirm.${pending}Title`) : ''}
        message={pending ? t(`quote.confirm.${pending}Body`, { number: q.number }) : ''}
        confirmLabel={pending ? t(`quote.actions.${pending}`) : ''}
        danger={pending === 'delete' || pending === 'reject'}
        loading={sendState.loading || acceptState.loading || rejectState.loading || removeState.loading}
        onConfirm={() => pending && void run(confirmed[pending])}
        onClose={() => setPending(null)}
      />
    </Group>
  );
}
