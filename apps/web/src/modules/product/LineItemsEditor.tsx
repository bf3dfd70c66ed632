import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PriceBooksDocument, SetOpportunityLineItemsDocument, type OpportunityLineItemsQuery } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { isStaleVersion, toFieldErrors, type FieldErrors } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { ProductPicker } from './ProductPicker.tsx';

type Deal = NonNullable<OpportunityLineItemsQuery['opportunity']>;

interface DraftLine {
  key: string;
  productId: string;
  name: string;
  sku: string;
  quantity: string;
  /** Blank: the book's list price. */
  unitPrice: string;
  /** Blank: the volume discount the quantity reaches. */
  discountPercent: string;
  description: string;
  listPrice: string | null;
}

let keys = 0;
const toDraft = (line: Deal['lineItems'][number]): DraftLine => ({
  key: `k${++keys}`, productId: line.product.id, name: line.product.name, sku: line.product.sku, quantity: line.quantity,
  unitPrice: line.unitPrice.amount, discountPercent: String(Number(line.discountPercent)), description: line.description ?? '', listPrice: null,
});

/** Edits a deal's lines from a price book in its currency, then saves them all at once (the server prices and totals them). */
export function LineItemsEditor({ opportunity: o, onDone }: { opportunity: Deal; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const books = useQuery(PriceBooksDocument, { variables: { filter: { currency: o.amount.currency, active: true } } });
  const options = books.data?.priceBooks ?? [];
  const [chosenBook, setBookId] = useState<string | null>(o.priceBook?.id ?? null);
  const bookId = chosenBook ?? options.find((b) => b.isDefault)?.id ?? options[0]?.id ?? null;
  const [lines, setLines] = useState<DraftLine[]>(() => o.lineItems.map(toDraft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, saveState] = useMutation(SetOpportunityLineItemsDocument);

  const change = (i: number, patch: Partial<DraftLine>) => {
    setLines((current) => current.map((line, j) => (j === i ? { ...line, ...patch } : line)));
    setErrors({});
  };

  const submit = async () => {
    setFormError(null);
    try {
      await save({
        variables: {
          opportunityId: o.id,
          input: {
            version: o.version,
            priceBookId: lines.length ? bookId : null,
            lines: lines.map((l) => ({
              productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice.trim() || null,
              discountPercent: l.discountPercent.trim() || null, description: l.description.trim() || null,
            })),
          },
        },
        update: (cache) => evictRootFields(cache, ['opportunities', 'opportunityBoard']),
      });
      notifications.show({ color: 'teal', message: t('product.lines.saved') });
      onDone();
    } catch (error) {
      if (isStaleVersion(error)) return setFormError(t('errors.staleVersion'));
      const fields = toFieldErrors(error);
      if (Object.keys(fields).length) {
        setErrors(fields);
        return setFormError(t('errors.formHasErrors'));
      }
      setFormError(errorMessage(error));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {formError && <Alert color="red" role="alert">{formError}</Alert>}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('product.lines.priceBook')}
            data={options.map((b) => ({ value: b.id, label: b.name }))}
            value={bookId}
            onChange={(value) => {
              setBookId(value);
              setErrors({});
            }}
            error={errors.priceBookId ?? (books.data && !options.length ? t('product.lines.noBook') : undefined)}
            allowDeselect={false}
            w={220}
          />
          {bookId && (
            <ProductPicker
              priceBookId={bookId}
              onPick={(p) => setLines((current) => [...current, {
                key: `k${++keys}`, productId: p.id, name: p.name, sku: p.sku, quantity: '1', unitPrice: '', discountPercent: '', description: '', listPrice: p.listPrice,
              }])}
            />
          )}
        </Group>
        {lines.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} data-testid="deal-lines-editor">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('product.lines.product')}</Table.Th>
                  <Table.Th w={110}>{t('product.lines.quantity')}</Table.Th>
                  <Table.Th w={140}>{t('product.lines.unitPrice')}</Table.Th>
                  <Table.Th w={110}>{t('product.lines.discount')}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, i) => {
                  const label = (field: string) => `${t('product.lines.lineLabel', { n: i + 1, name: line.name })} · ${field}`;
                  return (
                    <Table.Tr key={line.key}>
                      <Table.Td>
                        <Text size="sm">{line.name}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">{line.sku}</Text>
                        {errors[`lines[${i}].productId`] && <Text size="xs" c="red">{errors[`lines[${i}].productId`]}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" inputMode="decimal" aria-label={label(t('product.lines.quantity'))} value={line.quantity}
                          onChange={(e) => change(i, { quantity: e.currentTarget.value })} error={errors[`lines[${i}].quantity`]} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" inputMode="decimal" aria-label={label(t('product.lines.unitPrice'))} value={line.unitPrice}
                          placeholder={line.listPrice ?? t('product.lines.auto')}
                          onChange={(e) => change(i, { unitPrice: e.currentTarget.value })} error={errors[`lines[${i}].unitPrice`]} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" inputMode="decimal" aria-label={label(t('product.lines.discount'))} value={line.discountPercent}
                          placeholder={t('product.lines.auto')} title={t('product.lines.auto')}
                          onChange={(e) => change(i, { discountPercent: e.currentTarget.value })} error={errors[`lines[${i}].discountPercent`]} />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red" aria-label={t('product.lines.remove', { name: line.name })}
                          onClick={() => {
                            setLines((current) => current.filter((_, j) => j !== i));
                            setErrors({});
                          }}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed">{t('product.lines.amountHint')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('product.lines.cancel')}</Button>
          <Button type="submit" loading={saveState.loading} disabled={lines.length > 0 && !bookId}>{t('product.lines.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
