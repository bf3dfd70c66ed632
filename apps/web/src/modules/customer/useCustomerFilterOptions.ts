import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { CustomerFilterOptionsDocument, UserOptionsDocument } from '@panorama/schema';

/** Choices for filter and form selects: users (owners), industries, tags, territories. */
export function useCustomerFilterOptions() {
  const options = useQuery(CustomerFilterOptionsDocument);
  const users = useQuery(UserOptionsDocument);
  return useMemo(
    () => ({
      owners: (users.data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })),
      industries: options.data?.industries ?? [],
      tags: options.data?.tags ?? [],
      territories: (options.data?.territories ?? []).map((t) => ({ value: t.id, label: t.name })),
    }),
    [options.data, users.data],
  );
}
