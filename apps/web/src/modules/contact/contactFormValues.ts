import type { ContactChannel, ContactDetailFragment, CreateContactInput, UpdateContactInput } from '@panorama/schema';

export interface ContactFormValues {
  customerId: string | null;
  customerName: string | null;
  name: string;
  title: string;
  roles: string[];
  email: string;
  phone: string;
  mobile: string;
  preferredChannel: ContactChannel | null;
  doNotCall: boolean;
  doNotEmail: boolean;
  doNotSms: boolean;
  isPrimary: boolean;
}

export function emptyContactValues(customer?: { id: string; name: string | null }): ContactFormValues {
  return {
    customerId: customer?.id ?? null, customerName: customer?.name ?? null, name: '', title: '', roles: [],
    email: '', phone: '', mobile: '', preferredChannel: null,
    doNotCall: false, doNotEmail: false, doNotSms: false, isPrimary: false,
  };
}

export function contactToValues(c: ContactDetailFragment): ContactFormValues {
  return {
    customerId: c.customer.id, customerName: c.customer.name, name: c.name, title: c.title ?? '', roles: [...c.roles],
    email: c.email ?? '', phone: c.phone ?? '', mobile: c.mobile ?? '', preferredChannel: c.preferredChannel ?? null,
    doNotCall: c.doNotCall, doNotEmail: c.doNotEmail, doNotSms: c.doNotSms, isPrimary: c.isPrimary,
  };
}

const blank = (v: string) => (v.trim() ? v.trim() : null);

export function toCreateContactInput(v: ContactFormValues): CreateContactInput {
  return {
    customerId: v.customerId ?? '',
    name: v.name.trim(),
    title: blank(v.title) ?? undefined,
    roles: v.roles.length ? v.roles : undefined,
    email: blank(v.email) ?? undefined,
    phone: blank(v.phone) ?? undefined,
    mobile: blank(v.mobile) ?? undefined,
    preferredChannel: v.preferredChannel ?? undefined,
    doNotCall: v.doNotCall,
    doNotEmail: v.doNotEmail,
    doNotSms: v.doNotSms,
    isPrimary: v.isPrimary,
  };
}

/** Only the changed fields (blank clears), plus the edited version. */
export function toUpdateContactInput(v: ContactFormValues, initial: ContactFormValues, version: number): UpdateContactInput {
  const input: UpdateContactInput = { version };
  if (v.name.trim() !== initial.name) input.name = v.name.trim();
  if (v.title !== initial.title) input.title = blank(v.title);
  if (JSON.stringify(v.roles) !== JSON.stringify(initial.roles)) input.roles = v.roles;
  if (v.email !== initial.email) input.email = blank(v.email);
  if (v.phone !== initial.phone) input.phone = blank(v.phone);
  if (v.mobile !== initial.mobile) input.mobile = blank(v.mobile);
  if (v.preferredChannel !== initial.preferredChannel) input.preferredChannel = v.preferredChannel;
  if (v.doNotCall !== initial.doNotCall) input.doNotCall = v.doNotCall;
  if (v.doNotEmail !== initial.doNotEmail) input.doNotEmail = v.doNotEmail;
  if (v.doNotSms !== initial.doNotSms) input.doNotSms = v.doNotSms;
  if (v.isPrimary !== initial.isPrimary) input.isPrimary = v.isPrimary;
  return input;
}
