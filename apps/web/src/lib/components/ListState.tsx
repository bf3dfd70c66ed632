import type { ReactNode } from 'react';
import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from './QueryError.tsx';

interface ListStateProps {
  /** Nothing loaded yet and the load failed. */
  error?: unknown;
  /** Nothing loaded yet. */
  loading: boolean;
  /** Loaded, and there is nothing to show. */
  empty: boolean;
  emptyText: ReactNode;
  onRetry?: () => void;
  /** Skeleton rows while loading. */
  rows?: number;
  children: ReactNode;
}

/** A section's list in its states: the error with a retry, skeleton rows while loading, the empty text, or the list. */
export function ListState({ error, loading, empty, emptyText, onRetry, rows = 2, children }: ListStateProps) {
  const { t } = useTranslation();
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  if (loading) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        {Array.from({ length: rows }, (_, i) => <Skeleton key={i} height={36} />)}
      </Stack>
    );
  }
  if (empty) return <Text size="sm" c="dimmed">{emptyText}</Text>;
  return children;
}
