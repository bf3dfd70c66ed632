import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OpportunityLineItemsDocument } from '@panorama/schema';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useFormat } from '../../lib/format.ts';
import { useViewer } from '../auth/useViewer.ts';
import { LineItemsEditor } from './LineItemsEditor.tsx';

/** The deal's products: a table of lines with their total, and the editor that replaces them (the amount follows). */
export function OpportunityProducts({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const { data, error, refetch } = useQuery(OpportunityLineItemsDocument, { variables: { id: opportunityId }, fetchPolicy: 'cache-and-network' });
  const o = data?.opportunity;
  const mayEdit = o?.viewerCanEdit && can('product:read') && !o.deletedAt;

  return (
    <Paper withBorder p="lg" aria-labelledby="deal-products-title">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} fz="md" id="deal-products-title">{t('product.lines.title')}</Title>
          {o?.priceBook && <Badge variant="light" color="gray" tt="none">{o.priceBook.name}</Badge>}
        </Group>
        {mayEdit && !editing && (
          <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
            {t('product.lines.edit')}
          </Button>
        )}
      </Group>
      {error && !o && <QueryError error={error} onRetry={() => void refetch()} />}
      {o && editing && <LineItemsEditor opportunity={o} onDone={() => setEditing(false)} />}
      {o && !editing && (o.lineItems.length === 0 ? (
        <Text size="sm" c="dimmed">{t('product.lines.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="deal-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product.lines.product')}</Table.Th>
                <Table.Th ta="right">{t('product.lines.quantity')}</Table.Th>
                <Table.Th ta="right">{t('product.lines.unitPrice')}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('product.lines.discount')}</Table.Th>
                <Table.Th ta="right">{t('product.lines.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.lineItems.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Text size="sm">{line.product.name}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">{line.product.sku}{line.description ? ` · ${line.description}` : ''}</Text>
                  </Table.Td>
                  <Table.Td ta="right"><Text size="sm">{line.quantity}{line.product.unit ? ` ${line.product.unit}` : ''}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(line.unitPrice.amount, line.unitPrice.currency)}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm">{Number(line.discountPercent) ? `${Number(line.discountPercent)}%` : '—'}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(line.total.amount, line.total.currency)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={4} ta="right">{t('product.lines.sum')}</Table.Th>
                <Table.Th ta="right" data-testid="deal-lines-sum" style={{ whiteSpace: 'nowrap' }}>{format.money(o.amount.amount, o.amount.currency)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      ))}
      {o?.deletedAt && <Alert color="gray" mt="sm">{t('product.lines.deleted')}</Alert>}
    </Paper>
  );
}
