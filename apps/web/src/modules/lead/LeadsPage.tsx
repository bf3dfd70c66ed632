import { Group } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { LeadFilters } from './LeadFilters.tsx';
import { LeadTable } from './LeadTable.tsx';
import { hasLeadFilters, toLeadFilter, toLeadOrder, type LeadSearch } from './leadSearch.ts';
import { ExportButton } from '../../lib/components/ExportButton.tsx';
import { useLeadList } from './useLeadList.ts';

export function LeadsPage({ search, onSearchChange }: { search: LeadSearch; onSearchChange: (patch: Partial<LeadSearch>) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const list = useLeadList(search);
  return (
    <>
      <PageHeader
        title={t('lead.listTitle')}
        description={t('lead.listDescription')}
        actions={
          <Group gap="sm">
            {can('lead:export') && <ExportButton list="leads" args={{ filter: toLeadFilter(search), orderBy: toLeadOrder(search) }} />}
            {can('lead:create') && (
              <>
              <ButtonLink variant="default" to="/leads/import" leftSection={<IconFileImport size={16} />}>
                {t('lead.import')}
              </ButtonLink>
              <ButtonLink to="/leads/new" leftSection={<IconPlus size={16} />}>
                {t('lead.new')}
              </ButtonLink>
              </>
            )}
          </Group>
        }
      />
      <LeadFilters search={search} onChange={onSearchChange} />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <LeadTable list={list} search={search} onSearchChange={onSearchChange} emptyText={hasLeadFilters(search) ? t('lead.emptyFiltered') : t('lead.empty')} />
    </>
  );
}
