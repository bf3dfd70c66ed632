import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DepartmentsDocument } from '@panorama/schema';
import { buildDepartmentTree, flattenDepartments } from './departmentTree.ts';

/** Departments as a tree, as a flat depth-first list, and as select options labelled by path. */
export function useDepartments() {
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DepartmentsDocument);
  const items = data?.departments;
  const shaped = useMemo(() => {
    const tree = buildDepartmentTree(items ?? [], i18n.language);
    const flat = flattenDepartments(tree);
    return { tree, flat, options: flat.map((d) => ({ value: d.id, label: d.label })) };
  }, [items, i18n.language]);
  return { ...shaped, loaded: Boolean(data), loading, error, refetch };
}
