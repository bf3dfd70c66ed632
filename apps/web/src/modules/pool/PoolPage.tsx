import { useMemo } from 'react';
import { Button } from '@mantine/core';
import { IconHandGrab } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { CustomerListItemFragment } from '@panorama/schema';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { CustomerFilters } from '../customer/CustomerFilters.tsx';
import { CustomerTable } from '../customer/CustomerTable.tsx';
import type { CustomerSearch } from '../customer/customerSearch.ts';
import { useCustomerList } from '../customer/useCustomerList.ts';
import { PoolStatusCard } from './PoolStatusCard.tsx';
import { usePoolActions } from './usePoolActions.ts';

const HIDDEN = ['owner'];

interface PoolPageProps {
  search: CustomerSearch;
  onSearchChange: (patch: Partial<CustomerSearch>) => void;
}

/** The customer pool (公海): unowned customers any rep may claim, up to their limit. */
export function PoolPage({ search, onSearchChange }: PoolPageProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const pool = usePoolActions();
  const poolSearch: CustomerSearch = { ...search, pool: 'IN_POOL', owner: undefined };
  const list = useCustomerList(poolSearch);

  const claimColumn = useMemo<DataTableColumn<CustomerListItemFragment>[]>(
    () =>
      can('customer:claim')
        ? [
            {
              accessor: 'claim',
              title: '',
              textAlign: 'right',
              render: (c) =>
                c.deletedAt ? null : (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconHandGrab size={14} />}
                    aria-label={t('pool.claimNamed', { name: c.name })}
                    onClick={(e) => {
                      e.stopPropagation();
                      void pool.claim(c.id, c.name);
                    }}
                  >
                    {t('pool.claim')}
                  </Button>
                ),
            },
          ]
        : [],
    [can, pool, t],
  );

  return (
    <>
      <PageHeader title={t('pool.title')} description={t('pool.description')} actions={<PoolStatusCard />} />
      <CustomerFilters search={poolSearch} onChange={onSearchChange} fixedPool />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <CustomerTable
        list={list}
        search={poolSearch}
        onSearchChange={onSearchChange}
        emptyText={t('pool.empty')}
        extraColumns={claimColumn}
        hiddenColumns={HIDDEN}
      />
    </>
  );
}
