import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { CustomerDuplicatesDocument } from '@panorama/schema';

interface DuplicateProbe {
  name: string;
  phone: string;
  email: string;
  excludeId?: string;
}

/** Existing customers that look like the one being typed (debounced while the user types). */
export function useCustomerDuplicates(probe: DuplicateProbe) {
  const [debounced] = useDebouncedValue(probe, 450);
  const name = debounced.name.trim();
  const phone = debounced.phone.trim();
  const email = debounced.email.trim();
  const worthAsking = name.length >= 2 || phone.length >= 5 || email.includes('@');
  const { data, previousData } = useQuery(
    CustomerDuplicatesDocument,
    worthAsking
      ? {
          variables: { name: name || undefined, phone: phone || undefined, email: email || undefined, excludeId: debounced.excludeId },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  if (!worthAsking) return [];
  return (data ?? previousData)?.customerDuplicates ?? [];
}
