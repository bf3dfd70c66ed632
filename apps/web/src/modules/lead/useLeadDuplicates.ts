import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { LeadDuplicatesDocument } from '@panorama/schema';

interface Probe {
  name: string;
  company: string;
  email: string;
  phone: string;
  excludeId?: string;
}

/** Visible customers, contacts and leads like the lead being typed (debounced). */
export function useLeadDuplicates(probe: Probe) {
  const [d] = useDebouncedValue(probe, 450);
  const name = d.name.trim();
  const company = d.company.trim();
  const email = d.email.trim();
  const phone = d.phone.trim();
  const worthAsking = name.length >= 2 || company.length >= 2 || phone.length >= 5 || email.includes('@');
  const { data, previousData } = useQuery(
    LeadDuplicatesDocument,
    worthAsking
      ? {
          variables: { name: name || undefined, company: company || undefined, email: email || undefined, phone: phone || undefined, excludeId: d.excludeId },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  const found = worthAsking ? (data ?? previousData)?.leadDuplicates : undefined;
  return { customers: found?.customers ?? [], contacts: found?.contacts ?? [], leads: found?.leads ?? [] };
}
