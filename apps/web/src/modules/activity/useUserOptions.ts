import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { UserOptionsDocument } from '@panorama/schema';

/** Active users as select options, and their names by id. */
export function useUserOptions() {
  const { data, loading } = useQuery(UserOptionsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const users = data?.users.edges.map((e) => e.node) ?? [];
    return {
      loading,
      options: users.map((u) => ({ value: u.id, label: u.name })),
      nameOf: (id: string) => users.find((u) => u.id === id)?.name ?? id,
    };
  }, [data, loading]);
}
