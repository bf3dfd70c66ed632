import type { MantineColor } from '@mantine/core';
import type { CompanySize, ContactChannel, CustomerKind, CustomerTier, LifecycleStage, Role } from '@panorama/schema';

// Enum values in display order. Labels live in the i18n resources under `enums.*`.
export const CUSTOMER_KINDS = ['COMPANY', 'PERSON'] as const satisfies readonly CustomerKind[];
export const LIFECYCLE_STAGES = ['LEAD', 'PROSPECT', 'CUSTOMER', 'CHURNED'] as const satisfies readonly LifecycleStage[];
export const CUSTOMER_TIERS = ['STRATEGIC', 'KEY', 'STANDARD', 'SMALL'] as const satisfies readonly CustomerTier[];
export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'] as const satisfies readonly CompanySize[];
export const CONTACT_CHANNELS = ['EMAIL', 'PHONE', 'SMS', 'WECHAT', 'IN_PERSON'] as const satisfies readonly ContactChannel[];
export const ROLES = [
  'ADMIN', 'SALES_MANAGER', 'SALES_REP', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'MARKETER', 'PARTNER',
] as const satisfies readonly Role[];

export const STAGE_COLORS: Record<LifecycleStage, MantineColor> = {
  LEAD: 'cyan',
  PROSPECT: 'indigo',
  CUSTOMER: 'teal',
  CHURNED: 'red',
};

export const TIER_COLORS: Record<CustomerTier, MantineColor> = {
  STRATEGIC: 'grape',
  KEY: 'orange',
  STANDARD: 'blue',
  SMALL: 'gray',
};

export const ROLE_COLORS: Record<Role, MantineColor> = {
  ADMIN: 'red',
  SALES_MANAGER: 'violet',
  SALES_REP: 'blue',
  SERVICE_MANAGER: 'teal',
  SERVICE_AGENT: 'cyan',
  MARKETER: 'orange',
  PARTNER: 'gray',
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.includes(value as T);
}
