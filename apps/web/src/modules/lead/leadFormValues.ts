import type { CreateLeadInput, LeadDetailFragment, LeadSource, UpdateLeadInput } from '@panorama/schema';

/** Owner choice on create: the assignment rule, the pool, or a user id. */
export const BY_RULE = '__rule';
export const UNASSIGNED = '__none';

export interface LeadFormValues {
  name: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  source: LeadSource;
  territoryId: string | null;
  description: string;
  owner: string;
}

export const emptyLeadValues = (): LeadFormValues => ({
  name: '', company: '', title: '', email: '', phone: '', source: 'OTHER', territoryId: null, description: '', owner: BY_RULE,
});

export const leadToValues = (l: LeadDetailFragment): LeadFormValues => ({
  name: l.name, company: l.company ?? '', title: l.title ?? '', email: l.email ?? '', phone: l.phone ?? '', source: l.source,
  territoryId: l.territory?.id ?? null, description: l.description ?? '', owner: l.owner?.id ?? UNASSIGNED,
});

const blank = (v: string) => v.trim() || null;

export function toCreateLeadInput(v: LeadFormValues, allowDuplicate: boolean): CreateLeadInput {
  return {
    name: v.name.trim(),
    company: blank(v.company) ?? undefined,
    title: blank(v.title) ?? undefined,
    email: blank(v.email) ?? undefined,
    phone: blank(v.phone) ?? undefined,
    source: v.source,
    territoryId: v.territoryId ?? undefined,
    description: blank(v.description) ?? undefined,
    ...(v.owner === BY_RULE ? {} : { ownerId: v.owner === UNASSIGNED ? null : v.owner }),
    allowDuplicate,
  };
}

/** Only the changed fields (blank clears), plus the version that was edited. */
export function toUpdateLeadInput(v: LeadFormValues, initial: LeadFormValues, version: number): UpdateLeadInput {
  const input: UpdateLeadInput = { version };
  if (v.name.trim() !== initial.name) input.name = v.name.trim();
  for (const key of ['company', 'title', 'email', 'phone', 'description'] as const) {
    if (v[key] !== initial[key]) input[key] = blank(v[key]);
  }
  if (v.source !== initial.source) input.source = v.source;
  if (v.territoryId !== initial.territoryId) input.territoryId = v.territoryId;
  return input;
}
