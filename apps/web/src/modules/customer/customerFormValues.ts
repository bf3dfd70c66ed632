import type {
  CompanySize, CreateCustomerInput, CustomerDetailFragment, CustomerKind, CustomerTier, LifecycleStage, UpdateCustomerInput,
} from '@panorama/schema';

export interface CustomFieldRow {
  key: string;
  value: string;
  /** The stored value, kept as-is (number, boolean…) when the text was not edited. */
  raw?: unknown;
}

export interface CustomerFormValues {
  kind: CustomerKind;
  name: string;
  industry: string;
  size: CompanySize | null;
  tier: CustomerTier;
  lifecycleStage: LifecycleStage;
  ownerId: string | null;
  territoryId: string | null;
  tags: string[];
  phone: string;
  email: string;
  website: string;
  address: { country: string; province: string; city: string; street: string; postalCode: string };
  customFields: CustomFieldRow[];
}

export const ADDRESS_KEYS = ['country', 'province', 'city', 'street', 'postalCode'] as const;

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function emptyCustomerValues(viewerId: string | null): CustomerFormValues {
  return {
    kind: 'COMPANY', name: '', industry: '', size: null, tier: 'STANDARD', lifecycleStage: 'LEAD',
    ownerId: viewerId, territoryId: null, tags: [], phone: '', email: '', website: '',
    address: { country: '', province: '', city: '', street: '', postalCode: '' },
    customFields: [],
  };
}

export function customerToValues(c: CustomerDetailFragment): CustomerFormValues {
  return {
    kind: c.kind, name: c.name, industry: c.industry ?? '', size: c.size ?? null, tier: c.tier,
    lifecycleStage: c.lifecycleStage, ownerId: c.owner?.id ?? null, territoryId: c.territory?.id ?? null,
    tags: [...c.tags], phone: c.phone ?? '', email: c.email ?? '', website: c.website ?? '',
    address: {
      country: c.address.country ?? '', province: c.address.province ?? '', city: c.address.city ?? '',
      street: c.address.street ?? '', postalCode: c.address.postalCode ?? '',
    },
    customFields: Object.entries(c.customFields ?? {}).map(([key, raw]) => ({ key, value: display(raw), raw })),
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

function customFieldsObject(rows: CustomFieldRow[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key) continue;
    result[key] = row.raw !== undefined && display(row.raw) === row.value ? row.raw : row.value;
  }
  return result;
}

function addressInput(address: CustomerFormValues['address']) {
  return Object.fromEntries(ADDRESS_KEYS.map((k) => [k, blankToNull(address[k])])) as Record<(typeof ADDRESS_KEYS)[number], string | null>;
}

/** Create: blank fields are left out; the owner is left out when it is the creator (the server's default). */
export function toCreateInput(v: CustomerFormValues, viewerId: string | null, allowDuplicate: boolean): CreateCustomerInput {
  const address = addressInput(v.address);
  const custom = customFieldsObject(v.customFields);
  return {
    kind: v.kind,
    name: v.name.trim(),
    industry: blankToNull(v.industry) ?? undefined,
    size: v.size ?? undefined,
    tier: v.tier,
    lifecycleStage: v.lifecycleStage,
    ...(v.ownerId === viewerId ? {} : { ownerId: v.ownerId }),
    territoryId: v.territoryId ?? undefined,
    tags: v.tags.length ? v.tags : undefined,
    phone: blankToNull(v.phone) ?? undefined,
    email: blankToNull(v.email) ?? undefined,
    website: blankToNull(v.website) ?? undefined,
    address: Object.values(address).some(Boolean) ? address : undefined,
    customFields: Object.keys(custom).length ? custom : undefined,
    allowDuplicate,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Update: only the fields the user changed (blank clears), plus the version that was edited. */
export function toUpdateInput(v: CustomerFormValues, initial: CustomerFormValues, version: number): UpdateCustomerInput {
  const input: UpdateCustomerInput = { version };
  if (v.kind !== initial.kind) input.kind = v.kind;
  if (v.name.trim() !== initial.name) input.name = v.name.trim();
  if (v.industry !== initial.industry) input.industry = blankToNull(v.industry);
  if (v.size !== initial.size) input.size = v.size;
  if (v.tier !== initial.tier) input.tier = v.tier;
  if (v.lifecycleStage !== initial.lifecycleStage) input.lifecycleStage = v.lifecycleStage;
  if (v.ownerId !== initial.ownerId) input.ownerId = v.ownerId;
  if (v.territoryId !== initial.territoryId) input.territoryId = v.territoryId;
  if (!same(v.tags, initial.tags)) input.tags = v.tags;
  if (v.phone !== initial.phone) input.phone = blankToNull(v.phone);
  if (v.email !== initial.email) input.email = blankToNull(v.email);
  if (v.website !== initial.website) input.website = blankToNull(v.website);
  if (!same(v.address, initial.address)) input.address = addressInput(v.address);
  if (!same(v.customFields, initial.customFields)) input.customFields = customFieldsObject(v.customFields);
  return input;
}
