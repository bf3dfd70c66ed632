import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPANY_SIZES, CONTACT_CHANNELS, CUSTOMER_KINDS, CUSTOMER_TIERS, LIFECYCLE_STAGES, ROLES,
} from './enums.ts';

/** Translated `{ value, label }` lists for Select / MultiSelect / Radio groups. */
export function useEnumOptions() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: CUSTOMER_KINDS.map((value) => ({ value, label: t(`enums.kind.${value}`) })),
      stages: LIFECYCLE_STAGES.map((value) => ({ value, label: t(`enums.stage.${value}`) })),
      tiers: CUSTOMER_TIERS.map((value) => ({ value, label: t(`enums.tier.${value}`) })),
      sizes: COMPANY_SIZES.map((value) => ({ value, label: t(`enums.size.${value}`) })),
      channels: CONTACT_CHANNELS.map((value) => ({ value, label: t(`enums.channel.${value}`) })),
      roles: ROLES.map((value) => ({ value, label: t(`enums.role.${value}`) })),
    }),
    [t],
  );
}
