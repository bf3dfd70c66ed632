import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconDots, IconEdit, IconStar, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriceBookPartsFragment } from '@panorama/schema';

interface PriceBookListProps {
  books: readonly PriceBookPartsFragment[];
  selectedId: string | null;
  onSelect: (book: PriceBookPartsFragment) => void;
  onEdit: (book: PriceBookPartsFragment) => void;
  onSetDefault: (book: PriceBookPartsFragment) => void;
  onDelete: (book: PriceBookPartsFragment) => void;
}

/** The books by currency; the selected one's prices show on the right. */
export function PriceBookList({ books, selectedId, onSelect, onEdit, onSetDefault, onDelete }: PriceBookListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="list" aria-label={t('product.priceBooks.title')}>
      {books.map((book) => {
        const selected = book.id === selectedId;
        return (
          <Paper key={book.id} withBorder p="sm" role="listitem" bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <UnstyledButton onClick={() => onSelect(book)} aria-pressed={selected} style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={600} truncate>{book.name}</Text>
                  <Badge size="xs" variant="outline" color="gray">{book.currency}</Badge>
                  {book.isDefault && <Badge size="xs" variant="light">{t('product.priceBooks.default')}</Badge>}
                  {!book.active && <Badge size="xs" variant="light" color="gray">{t('product.priceBooks.inactive')}</Badge>}
                </Group>
                <Text size="xs" c="dimmed">{t('product.priceBooks.fields.productCount')}: {book.productCount}</Text>
              </UnstyledButton>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('product.priceBooks.actionsFor', { name: book.name })}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => onEdit(book)}>{t('product.priceBooks.edit')}</Menu.Item>
                  {!book.isDefault && book.active && (
                    <Menu.Item leftSection={<IconStar size={14} />} onClick={() => onSetDefault(book)}>{t('product.priceBooks.setDefault')}</Menu.Item>
                  )}
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(book)}>{t('product.priceBooks.delete')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
