import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorExtensions, errorReason, graphQLErrors } from './errors.ts';

/**
 * A sentence for the user about a failed request: translated for the codes and reasons
 * we know, otherwise the server's own message (which is meant for users, §6).
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      const code = errorCode(error);
      const reason = errorReason(error);
      const ext = errorExtensions(error);
      const serverMessage = graphQLErrors(error)[0]?.message;
      if (code === 'CONFLICT') {
        if (reason === 'STALE_VERSION') return t('errors.staleVersion');
        if (reason === 'CLAIM_LIMIT') return t('errors.claimLimit', { limit: Number(ext.limit ?? 0) });
        if (reason === 'ALREADY_OWNED') return t('errors.alreadyOwned');
        if (reason === 'IN_POOL') return t('errors.inPool');
        if (reason === 'DELETED') return t('errors.deletedRecord');
        if (reason === 'DUPLICATE') return t('errors.duplicate');
        if (reason === 'PERIOD_CLOSED') return t('commission.errors.periodClosed');
        if (reason === 'KEY_LIMIT') return t('apiKey.errors.keyLimit', { limit: Number(ext.limit ?? 0) });
        return serverMessage ?? t('errors.CONFLICT');
      }
      if (code === 'RATE_LIMITED' && typeof ext.retryAfterSeconds === 'number') {
        return t('errors.tooManyAttempts', { minutes: Math.max(1, Math.ceil(ext.retryAfterSeconds / 60)) });
      }
      if (code === 'BAD_USER_INPUT') return serverMessage ?? t('errors.BAD_USER_INPUT');
      if (code) return t(`errors.${code}`);
      if (error instanceof Error && !graphQLErrors(error).length) return t('errors.network');
      return serverMessage ?? t('errors.INTERNAL_SERVER_ERROR');
    },
    [t],
  );
}
