import { useState } from 'react';
import { Button, Center, Grid, Loader, Paper, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeletePriceBookDocument, PriceBooksDocument, UpdatePriceBookDocument, type PriceBookPartsFragment } from '@panorama/schema';
import { evictRootFields } from '../../lib/apollo/cache.ts';
import { ConfirmDialog } from '../../lib/components/ConfirmDialog.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';
import { BookPriceTable } from './BookPriceTable.tsx';
import { PriceBookList } from './PriceBookList.tsx';
import { PriceBookModal } from './PriceBookModal.tsx';

/** Administration of price books: books by currency (one default each) and the prices in the chosen book. */
export function PriceBooksPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data, error, loading, refetch } = useQuery(PriceBooksDocument, { fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [modal, setModal] = useState<{ book: PriceBookPartsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<PriceBookPartsFragment | null>(null);
  const [update] = useMutation(UpdatePriceBookDocument, { refetchQueries: [PriceBooksDocument] });
  const [remove, removeState] = useMutation(DeletePriceBookDocument, { refetchQueries: [PriceBooksDocument] });
  const books = data?.priceBooks ?? [];
  const selected = books.find((b) => b.id === selectedId) ?? books[0] ?? null;

  const failed = (e: unknown) => notifications.show({ color: 'red', title: t('errors.actionFailed'), message: errorMessage(e) });
  const setDefault = (book: PriceBookPartsFragment) =>
    update({ variables: { id: book.id, input: { version: book.version, isDefault: true } } })
      .then(() => notifications.show({ color: 'teal', message: t('product.priceBooks.notify.defaultSet', { name: book.name, currency: book.currency }) }))
      .catch(failed);

  return (
    <>
      <PageHeader
        title={t('product.priceBooks.title')}
        description={t('product.priceBooks.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ book: null })}>
            {t('product.priceBooks.new')}
          </Button>
        }
      />
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data ? (
        <Center h={240}><Loader /></Center>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            {books.length === 0 ? (
              <Paper withBorder p="lg"><Text size="sm" c="dimmed">{t('product.priceBooks.empty')}</Text></Paper>
            ) : (
              <PriceBookList
                books={books}
                selectedId={selected?.id ?? null}
                onSelect={(b) => setSelectedId(b.id)}
                onEdit={(b) => setModal({ book: b })}
                onSetDefault={(b) => void setDefault(b)}
                onDelete={setDeleting}
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected ? <BookPriceTable key={selected.id} book={selected} /> : (
              <Paper withBorder p="lg"><Text size="sm" c="dimmed">{t('product.priceBooks.pickBook')}</Text></Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
      <PriceBookModal opened={Boolean(modal)} book={modal?.book ?? null} onClose={() => setModal(null)} />
      <ConfirmDialog
        opened={Boolean(deleting)}
        title={t('product.priceBooks.deleteTitle')}
        message={t('product.priceBooks.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('product.priceBooks.delete')}
        danger
        loading={removeState.loading}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const book = deleting;
          remove({ variables: { id: book.id }, update: (cache) => evictRootFields(cache, ['products']) })
            .then(() => notifications.show({ color: 'teal', message: t('product.priceBooks.notify.deleted', { name: book.name }) }))
            .catch(failed)
            .finally(() => setDeleting(null));
        }}
      />
    </>
  );
}
