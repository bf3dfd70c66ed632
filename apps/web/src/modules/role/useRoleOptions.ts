import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RoleOptionsDocument, type Role } from '@panorama/schema';
import { sortRoles, useRoleLabel } from './useRoleLabel.ts';

/** Select value of "the built-in role of the user's kind" (accessRoleId null). */
export const KIND_DEFAULT_ROLE = 'kind-default';

/**
 * Choices for a user's role: first the built-in role of their kind (the default), then every other
 * role that fits the kind: partner roles for partner users, staff roles for staff.
 */
export function useRoleOptions() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { data, loading, error } = useQuery(RoleOptionsDocument);
  const optionsFor = useCallback(
    (kind: Role, currentId: string | null) => {
      const forPartners = kind === 'PARTNER';
      const fitting = sortRoles(data?.roles ?? []).filter((r) => r.forPartners === forPartners && (r.key !== kind || r.id === currentId));
      return [
        { value: KIND_DEFAULT_ROLE, label: t('role.userForm.defaultRole', { role: t(`enums.role.${kind}`) }) },
        ...fitting.map((r) => ({ value: r.id, label: roleLabel(r) })),
      ];
    },
    [data, t, roleLabel],
  );
  return { optionsFor, roles: data?.roles ?? [], loading, error };
}
