import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorExtensions, errorReason } from '../../lib/errors.ts';
import { useErrorMessage } from '../../lib/useErrorMessage.ts';

/** The app's error sentences plus the role module's CONFLICT reasons (locked Administrator, built-in, held by N users). */
export function useRoleErrorMessage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (error: unknown): string => {
      if (errorCode(error) === 'CONFLICT') {
        const reason = errorReason(error);
        if (reason === 'ADMIN_ROLE_LOCKED') return t('role.adminLocked.body');
        if (reason === 'BUILT_IN') return t('role.deleteReason.BUILT_IN');
        if (reason === 'IN_USE') return t('role.deleteReason.IN_USE', { count: Number(errorExtensions(error).count ?? 0) });
        if (reason === 'NAME_TAKEN') return t('role.errors.nameTaken');
      }
      return errorMessage(error);
    },
    [t, errorMessage],
  );
}
