import { Badge, Button, Center, Grid, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ArchiveProductDocument, ProductDocument, UnarchiveProductDocument } from '@panorama/schema';
import { AnchorLink } from '../../lib/components/AnchorLink.tsx';
import { BackLabel } from '../../lib/components/BackLink.tsx';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { FactList } from '../../lib/components/FactList.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { useViewer } from '../auth/useViewer.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import { ProductStatusBadge } from './ProductBadges.tsx';
import { TierList } from './TierList.tsx';

/** One product: its facts and its price (with volume tiers) in every book. */
export function ProductDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const { data, error, loading, refetch } = useQuery(ProductDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [archive, archiveState] = useMutation(ArchiveProductDocument);
  const [unarchive, unarchiveState] = useMutation(UnarchiveProductDocument);
  const p = data?.product;

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('product.notFound')} />;
  if (error && !p) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !p) return <Center h={240}><Loader /></Center>;
  if (!p) return null;

  const toggle = async () => {
    try {
      if (p.active) await archive({ variables: { id } });
      else await unarchive({ variables: { id } });
      notifications.show({ color: 'teal', message: t(p.active ? 'product.notify.archived' : 'product.notify.unarchived', { name: p.name }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(e) });
    }
  };

  return (
    <>
      <PageHeader
        back={
          <AnchorLink to="/products" size="sm" c="dimmed" w="fit-content">
            <BackLabel>{t('product.backToList')}</BackLabel>
          </AnchorLink>
        }
        title={p.name}
        badges={<ProductStatusBadge active={p.active} />}
        actions={
          can('product:manage') && (
            <Group gap="xs">
              <ButtonLink to="/products/$id/edit" params={{ id }} variant="default" leftSection={<IconEdit size={16} />}>
                {t('common.edit')}
              </ButtonLink>
              <Button
                variant="default"
                leftSection={p.active ? <IconArchive size={16} /> : <IconArchiveOff size={16} />}
                loading={archiveState.loading || unarchiveState.loading}
                onClick={() => void toggle()}
              >
                {p.active ? t('product.archive') : t('product.unarchive')}
              </Button>
            </Group>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="lg">
            <FactList
              facts={[
                { label: t('product.fields.sku'), value: <Text size="sm" ff="monospace">{p.sku}</Text> },
                { label: t('product.fields.category'), value: p.category },
                { label: t('product.fields.unit'), value: p.unit },
                { label: t('product.fields.taxRate'), value: `${p.taxRate}%` },
                { label: t('product.fields.description'), value: p.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Text> },
                { label: t('product.fields.updatedAt'), value: format.dateTime(p.updatedAt) },
              ]}
            />
            {!p.active && <Text size="sm" c="dimmed" mt="md">{t('product.archivedHint')}</Text>}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="md">
              <Title order={3} fz="md">{t('product.prices.title')}</Title>
              {can('product:manage') && (
                <AnchorLink to="/admin/price-books" size="sm">{t('product.prices.manage')}</AnchorLink>
              )}
            </Group>
            {p.prices.length === 0 ? (
              <Text size="sm" c="dimmed">{t('product.prices.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={420}>
                <Table verticalSpacing="sm" data-testid="product-prices">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('product.prices.book')}</Table.Th>
                      <Table.Th ta="right">{t('product.prices.listPrice')}</Table.Th>
                      <Table.Th>{t('product.prices.tiers')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.prices.map((price) => (
                      <Table.Tr key={price.id}>
                        <Table.Td>
                          <Group gap={6}>
                            <Text size="sm">{price.priceBook.name}</Text>
                            {price.priceBook.isDefault && <Badge size="xs" variant="light">{t('product.prices.default')}</Badge>}
                            {!price.priceBook.active && <Badge size="xs" variant="light" color="gray">{t('product.prices.inactive')}</Badge>}
                          </Group>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{format.money(price.unitPrice.amount, price.unitPrice.currency)}</Text>
                        </Table.Td>
                        <Table.Td><TierList tiers={price.tiers} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
