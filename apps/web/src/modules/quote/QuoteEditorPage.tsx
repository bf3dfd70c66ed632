import { useEffect, useMemo } from 'react';
import { Alert, Button, Card, Center, Fieldset, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { IconCalendar, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CreateQuoteDocument, CustomerContactsDocument, QuoteDealDocument, QuoteDocument, QuotePriceBooksDocument, UpdateQuoteDocument,
  type QuoteDetailFragment,
} from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode, toFieldErrors } from '../../lib/errors.ts';
import { useFormState } from '../../lib/form/useFormState.ts';
import { useFormat } from '../../lib/format.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { QuoteActions } from './QuoteActions.tsx';
import { QuoteStatusBadge } from './QuoteBadges.tsx';
import { QuoteLineTable } from './QuoteLineTable.tsx';
import { QuoteTotals } from './QuoteTotals.tsx';
import { centsToAmount, fromQuote, initialValues, previewTotals, toLineInputs, type QuoteFormValues } from './quoteModel.ts';
import { useQuoteErrorMessage } from './useQuoteErrorMessage.ts';

/** `/quotes/new?opportunityId=…`: a draft on the deal, created on the first save. */
export function NewQuotePage({ opportunityId }: { opportunityId: string | undefined }) {
  const { t } = useTranslation();
  const deal = useQuery(QuoteDealDocument, opportunityId ? { variables: { id: opportunityId } } : skipToken);
  if (!opportunityId) return <Alert color="yellow" mt="md">{t('quote.needDeal')}</Alert>;
  if (errorCode(deal.error) === 'NOT_FOUND') return <NotFoundPage title={t('opportunity.notFound')} />;
  if (deal.error) return <QueryError error={deal.error} onRetry={() => void deal.refetch()} />;
  const o = deal.data?.opportunity;
  if (!o) return <Center h={240}><Loader /></Center>;
  return (
    <QuoteEditor
      key="new"
      deal={{ id: o.id, name: o.name, currency: o.currency.currency, customerId: o.customer?.id ?? null, customerName: o.customer?.name ?? '', contactId: o.contact?.id ?? null }}
      quote={null}
    />
  );
}

/** `/quotes/$id`: a draft is edited in place; other statuses read-only with their workflow actions. */
export function QuoteEditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(QuoteDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const q = data?.quote;
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('quote.notFound')} />;
  if (error && !q) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !q) return <Center h={240}><Loader /></Center>;
  if (!q) return null;
  return (
    <QuoteEditor
      key={q.id}
      deal={{ id: q.opportunityId, name: q.opportunity?.name ?? '', currency: q.currency, customerId: q.customer?.id ?? null, customerName: q.customer?.name ?? '', contactId: q.contactId ?? null }}
      quote={q}
    />
  );
}

/** The form as the server would see it (React keys of lines do not count as changes). */
const comparable = (values: QuoteFormValues) => JSON.stringify({ ...values, lines: values.lines.map(({ key: _key, ...line }) => line) });

interface Deal {
  id: string;
  name: string;
  currency: string;
  customerId: string | null;
  customerName: string;
  contactId: string | null;
}

function QuoteEditor({ deal, quote }: { deal: Deal; quote: QuoteDetailFragment | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can } = useViewer();
  const errorMessage = useQuoteErrorMessage();
  const start = useMemo(() => (quote ? fromQuote(quote) : { ...initialValues(deal.name), contactId: deal.contactId }), [quote, deal.name, deal.contactId]);
  const form = useFormState<QuoteFormValues>(start);
  const { values: v, errors, set } = form;
  useEffect(() => {
    // a newer version from the server (after save or a workflow step) replaces the form
    form.reset(start);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quote?.version, quote?.status]);
  const dirty = quote !== null && comparable(v) !== comparable(start);
  const editable = (quote ? quote.status === 'DRAFT' : true) && can(quote ? 'quote:update' : 'quote:create');

  const books = useQuery(QuotePriceBooksDocument, { variables: { currency: deal.currency } });
  const bookOptions = (books.data?.priceBooks ?? []).map((b) => ({ value: b.id, label: b.name }));
  useEffect(() => {
    const fallback = books.data?.priceBooks.find((b) => b.isDefault) ?? books.data?.priceBooks[0];
    if (!quote && !v.priceBookId && fallback) set('priceBookId', fallback.id);
  }, [books.data, quote, v.priceBookId, set]);
  const contacts = useQuery(CustomerContactsDocument, deal.customerId ? { variables: { id: deal.customerId, first: 100 } } : skipToken);
  const contactOptions = (contacts.data?.customer.contacts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  const preview = previewTotals(v.lines, v.discountPercent);
  const [create, createState] = useMutation(CreateQuoteDocument, { update: (c) => evictRootFields(c, ['quotes']) });
  const [update, updateState] = useMutation(UpdateQuoteDocument, { update: (c) => evictRootFields(c, ['quotes']) });

  const save = async () => {
    const header = {
      title: v.title.trim() || null, validUntil: v.validUntil ?? '', priceBookId: v.priceBookId, contactId: v.contactId,
      discountPercent: v.discountPercent.trim() || '0', billingAddress: v.billingAddress, terms: v.terms, notes: v.notes, lines: toLineInputs(v.lines),
    };
    if (!v.validUntil) return form.setErrors({ validUntil: t('validation.required') });
    try {
      if (!quote) {
        const { data } = await create({ variables: { input: { ...header, opportunityId: deal.id } } });
        if (data) {
          notifications.show({ color: 'teal', message: t('quote.notify.created', { number: data.createQuote.number }) });
          void navigate({ to: '/quotes/$id', params: { id: data.createQuote.id }, replace: true });
        }
      } else {
        await update({ variables: { id: quote.id, input: { ...header, version: quote.version } } });
        notifications.show({ color: 'teal', message: t('quote.notify.saved') });
      }
    } catch (error) {
      const fields = toFieldErrors(error);
      form.setErrors(fields);
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: Object.keys(fields).length ? t('errors.formHasErrors') : errorMessage(error) });
    }
  };

  const money = (cents: number) => centsToAmount(cents);
  const readOnlyTotals = quote && !editable;

  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/opportunities/$id" params={{ id: deal.id }} size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('quote.backToDeal')}</BackLabel>
          </AnchorLink>
        }
        title={quote ? `${quote.number} · ${quote.title}` : t('quote.newTitle')}
        badges={quote && <QuoteStatusBadge status={quote.status} />}
        actions={quote && <QuoteActions quote={quote} dirty={dirty} />}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (editable) void save();
        }}
      >
        <Stack gap="lg">
          <Fieldset legend={`${t('quote.fields.deal')}: ${deal.name} · ${deal.customerName} · ${deal.currency}`}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
              <TextInput label={t('quote.fields.title')} {...form.text('title')} readOnly={!editable} data-autofocus />
              <DatePickerInput
                label={t('quote.fields.validUntil')}
                required
                withAsterisk
                leftSection={<IconCalendar size={16} />}
                value={v.validUntil}
                onChange={(value) => set('validUntil', value)}
                error={errors.validUntil}
                readOnly={!editable}
              />
              <Select
                label={t('quote.fields.priceBook')}
                data={bookOptions}
                value={v.priceBookId}
                onChange={(value) => set('priceBookId', value)}
                error={errors.priceBookId}
                readOnly={!editable}
                clearable
              />
              <Select
                label={t('quote.fields.contact')}
                data={contactOptions}
                value={v.contactId}
                onChange={(value) => set('contactId', value)}
                error={errors.contactId}
                readOnly={!editable}
                clearable
                searchable
              />
            </SimpleGrid>
          </Fieldset>

          <Card withBorder radius="md" padding="md">
            <Title order={4} mb="sm">{t('quote.lines.title')}</Title>
            <QuoteLineTable
              lines={v.lines}
              onChange={(lines, clearPath) => set('lines', lines, clearPath ?? 'lines')}
              errors={errors}
              priceBookId={v.priceBookId}
              currency={deal.currency}
              preview={preview}
              readOnly={!editable}
            />
          </Card>

          <Group align="flex-start" justify="space-between" gap="lg" wrap="wrap">
            <Stack gap="md" style={{ flex: 1, minWidth: 320 }}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('quote.fields.discountPercent')}
                  inputMode="decimal"
                  placeholder="0"
                  {...form.text('discountPercent')}
                  readOnly={!editable}
                />
                <Textarea label={t('quote.fields.billingAddress')} autosize minRows={1} {...form.text('billingAddress')} readOnly={!editable} />
              </SimpleGrid>
              <Textarea label={t('quote.fields.terms')} autosize minRows={3} {...form.text('terms')} readOnly={!editable} />
              <Textarea label={t('quote.fields.notes')} autosize minRows={2} {...form.text('notes')} readOnly={!editable} />
            </Stack>
            <Stack gap="sm" align="stretch">
              {readOnlyTotals ? (
                <QuoteTotals currency={quote.currency} subtotal={quote.subtotal.amount} discount={quote.discountTotal.amount} tax={quote.taxTotal.amount} total={quote.total.amount} />
              ) : (
                <QuoteTotals
                  currency={deal.currency}
                  subtotal={money(preview.subtotal)}
                  discount={money(preview.discount)}
                  tax={money(preview.tax)}
                  total={money(preview.total)}
                  hint={t('quote.totals.preview')}
                />
              )}
              {quote && (
                <Text size="xs" c="dimmed">
                  {t('quote.fields.updatedAt')}: {format.dateTime(quote.updatedAt)}
                </Text>
              )}
              {editable && (
                <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={createState.loading || updateState.loading}>
                  {t('quote.actions.save')}
                </Button>
              )}
            </Stack>
          </Group>
        </Stack>
      </form>
    </>
  );
}
