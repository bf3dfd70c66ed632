import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { ShareUserOptionsDocument } from '@panorama/schema';

export interface ColleagueOption {
  value: string;
  label: string;
  department: string | null;
}

/**
 * Active staff matching the typed name (the server's staff directory, which holds no partner
 * users), without the given ids (the record's owner, the viewer). The picked colleague stays among the
 * options while the results change, so the select keeps showing the name.
 */
export function useColleagueSearch(exclude: readonly (string | null | undefined)[]) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ColleagueOption | null>(null);
  // typing searches; the picked name shown in the box does not
  const term = picked && search === picked.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(term, 250);
  const { data, previousData, loading, error } = useQuery(ShareUserOptionsDocument, { variables: { search: debounced || null } });
  const users = (data ?? previousData)?.colleagues;

  const options = useMemo(() => {
    const found: ColleagueOption[] = (users ?? [])
      .filter((u) => !exclude.includes(u.id))
      .map((u) => ({ value: u.id, label: u.name, department: u.department?.name ?? null }));
    return picked && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  }, [users, exclude, picked]);

  const pick = (id: string | null) => setPicked(options.find((o) => o.value === id) ?? null);
  return { search, setSearch, options, picked, pick, loading: loading || debounced !== term, error };
}
