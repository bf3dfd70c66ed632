import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItemFragment } from '@panorama/schema';
import type { RowSelection } from '../../lib/components/ServerTable.tsx';
import type { CustomerSearch } from '../customer/customerSearch.ts';

/**
 * Row selection for the customers list (bulk territory assignment): rows of the shown page,
 * cleared when the filters, sort or page change; undefined when the viewer may not change customers.
 */
export function useCustomerSelection(search: CustomerSearch, records: CustomerListItemFragment[], enabled: boolean): RowSelection<CustomerListItemFragment> | undefined {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<CustomerListItemFragment[]>([]);
  const pageKey = records.map((r) => r.id).join(',');
  const searchKey = JSON.stringify(search);
  useEffect(() => {
    setSelected((prev) => {
      const shown = new Set(pageKey.split(','));
      const kept = prev.filter((r) => shown.has(r.id));
      return kept.length === prev.length ? prev : kept;
    });
  }, [pageKey, searchKey]);
  if (!enabled) return undefined;
  return {
    selected,
    onChange: setSelected,
    rowLabel: (record) => t('territory.assign.selectRow', { name: record.name }),
    allLabel: t('territory.assign.selectAll'),
  };
}
