import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';

interface CursorPagerProps {
  page: number;
  totalCount: number | undefined;
  hasNextPage: boolean;
  onPrev: () => void;
  onNext: () => void;
  disabled?: boolean;
}

/** Previous / next over cursor pages, with the total the server counted. */
export function CursorPager({ page, totalCount, hasNextPage, onPrev, onNext, disabled }: CursorPagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group justify="space-between" mt="sm" gap="md">
      <Text size="sm" c="dimmed" data-testid="total-count">
        {totalCount === undefined ? '' : t('common.totalCount', { total: format.number(totalCount) })}
      </Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('common.pageNumber', { page })}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconChevronLeft size={14} />}
          disabled={disabled || page <= 1}
          onClick={onPrev}
        >
          {t('common.previousPage')}
        </Button>
        <Button
          size="xs"
          variant="default"
          rightSection={<IconChevronRight size={14} />}
          disabled={disabled || !hasNextPage}
          onClick={onNext}
        >
          {t('common.nextPage')}
        </Button>
      </Group>
    </Group>
  );
}
