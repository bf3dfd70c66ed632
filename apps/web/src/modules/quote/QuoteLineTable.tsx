import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPackage, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { ProductPicker } from './ProductPicker.tsx';
import { centsToAmount, emptyLine, volumeDiscount, type LineValues, type PreviewTotals } from './quoteModel.ts';

interface Props {
  lines: LineValues[];
  onChange: (lines: LineValues[], clearPath?: string) => void;
  errors: FieldErrors;
  priceBookId: string | null;
  currency: string;
  preview: PreviewTotals;
  readOnly: boolean;
}

/** The quote's lines: product lines priced from the book, free-text lines, every cell with its server error. */
export function QuoteLineTable({ lines, onChange, errors, priceBookId, currency, preview, readOnly }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = (i: number, patch: Partial<LineValues>, field?: string) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)), field ? `lines[${i}].${field}` : undefined);
  const err = (i: number, field: string) => errors[`lines[${i}].${field}`];
  const cell = (i: number, field: 'quantity' | 'unitPrice' | 'discountPercent' | 'taxRate', placeholder?: string) => (
    <TextInput
      size="xs"
      inputMode="decimal"
      aria-label={`${t('quote.lines.row', { n: i + 1 })} ${t(`quote.lines.${field}`)}`}
      value={lines[i]![field]}
      placeholder={placeholder}
      onChange={(e) => update(i, { [field]: e.currentTarget.value }, field)}
      error={err(i, field)}
      readOnly={readOnly}
      styles={{ input: { textAlign: 'right' } }}
      miw={field === 'unitPrice' ? 100 : 64}
    />
  );

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" withTableBorder striped={false} aria-label={t('quote.lines.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>{t('quote.lines.name')}</Table.Th>
              <Table.Th w={90} ta="right">{t('quote.lines.quantity')}</Table.Th>
              <Table.Th w={120} ta="right">{t('quote.lines.unitPrice')}</Table.Th>
              <Table.Th w={84} ta="right">{t('quote.lines.discountPercent')}</Table.Th>
              <Table.Th w={84} ta="right">{t('quote.lines.taxRate')}</Table.Th>
              <Table.Th w={130} ta="right">{t('quote.lines.amount')}</Table.Th>
              {!readOnly && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}><Text c="dimmed" size="sm" ta="center" py="md">{t('quote.lines.empty')}</Text></Table.Td>
              </Table.Tr>
            )}
            {lines.map((line, i) => (
              <Table.Tr key={line.key} data-testid={`quote-line-${i}`}>
                <Table.Td valign="top"><Text size="sm" c="dimmed" pt={4}>{i + 1}</Text></Table.Td>
                <Table.Td valign="top">
                  <Stack gap={4}>
                    {line.productId !== null && !readOnly ? (
                      <ProductPicker
                        ariaLabel={`${t('quote.lines.row', { n: i + 1 })} ${t('quote.lines.product')}`}
                        priceBookId={priceBookId}
                        currency={currency}
                        value={line.productId || null}
                        label={line.productLabel}
                        error={err(i, 'productId') ?? err(i, 'name')}
                        onPick={(p) =>
                          update(i, { productId: p.id, productLabel: p.name, name: p.name, unit: p.unit ?? '', taxRate: p.taxRate.replace(/\.?0+$/, ''), unitPrice: p.listPrice, discountPercent: '', tiers: p.tiers }, 'productId')
                        }
                      />
                    ) : (
                      <TextInput
                        size="xs"
                        aria-label={`${t('quote.lines.row', { n: i + 1 })} ${t('quote.lines.name')}`}
                        value={line.name}
                        onChange={(e) => update(i, { name: e.currentTarget.value }, 'name')}
                        error={err(i, 'name')}
                        readOnly={readOnly || line.productId !== null}
                        leftSection={line.productId ? <IconPackage size={14} /> : undefined}
                      />
                    )}
                    <TextInput
                      size="xs"
                      variant="filled"
                      aria-label={`${t('quote.lines.row', { n: i + 1 })} ${t('quote.lines.description')}`}
                      placeholder={t('quote.lines.description')}
                      value={line.description}
                      onChange={(e) => update(i, { description: e.currentTarget.value }, 'description')}
                      error={err(i, 'description')}
                      readOnly={readOnly}
                    />
                  </Stack>
                </Table.Td>
                <Table.Td valign="top">{cell(i, 'quantity')}</Table.Td>
                <Table.Td valign="top">{cell(i, 'unitPrice')}</Table.Td>
                <Table.Td valign="top">{cell(i, 'discountPercent', line.productId ? volumeDiscount(line) : '0')}</Table.Td>
                <Table.Td valign="top">{cell(i, 'taxRate', '0')}</Table.Td>
                <Table.Td valign="top" ta="right">
                  <Text size="sm" ff="monospace" pt={4} style={{ whiteSpace: 'nowrap' }}>
                    {preview.lines[i] == null ? '—' : format.money(centsToAmount(preview.lines[i]!), currency)}
                  </Text>
                </Table.Td>
                {!readOnly && (
                  <Table.Td valign="top">
                    <ActionIcon variant="subtle" color="red" aria-label={t('quote.lines.remove', { n: i + 1 })} onClick={() => onChange(lines.filter((_, j) => j !== i))}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!readOnly && (
        <Group gap="sm">
          <Button size="xs" variant="light" leftSection={<IconPackage size={14} />} disabled={!priceBookId} onClick={() => onChange([...lines, { ...emptyLine(), productId: '' }])}>
            {t('quote.lines.addProduct')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => onChange([...lines, emptyLine()])}>
            {t('quote.lines.addFreeText')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
