import type { MantineColor } from '@mantine/core';
import type { LeadSource, LeadStatus } from '@panorama/schema';

// Lead enum values in display order; labels live in the i18n resources under `lead.status.*` / `lead.source.*`.
export const LEAD_STATUSES = ['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'] as const satisfies readonly LeadStatus[];
export const LEAD_SOURCES = ['WEB_FORM', 'IMPORT', 'CAMPAIGN', 'REFERRAL', 'EVENT', 'API', 'OTHER'] as const satisfies readonly LeadSource[];

export const LEAD_STATUS_COLORS: Record<LeadStatus, MantineColor> = {
  NEW: 'blue',
  WORKING: 'cyan',
  QUALIFIED: 'teal',
  DISQUALIFIED: 'gray',
  CONVERTED: 'grape',
};
