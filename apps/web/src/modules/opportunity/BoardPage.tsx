import { useMemo } from 'react';
import { Center, Loader } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OpportunityBoardCardsDocument, OpportunityBoardTotalsDocument } from '@panorama/schema';
import { ButtonLink } from '../../lib/components/ButtonLink.tsx';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { useViewer } from '../auth/useViewer.ts';
import { BoardView } from './BoardView.tsx';
import { LostReasonModal } from './LostReasonModal.tsx';
import { OpportunityFilters } from './OpportunityFilters.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';
import { toOpportunityFilter, type OpportunitySearch } from './opportunitySearch.ts';
import { useBoardMove } from './useBoardMove.ts';
import { mergeBoard } from './boardModel.ts';

const PER_STAGE = 50;

interface BoardPageProps {
  search: OpportunitySearch;
  onSearchChange: (patch: Partial<OpportunitySearch>) => void;
}

/** The pipeline board: live deals per stage (first 50 by board order), with drag-and-drop between stages. */
export function BoardPage({ search, onSearchChange }: BoardPageProps) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { deleted: _d, stageIds: _s, status: _st, ...filter } = toOpportunityFilter(search);
  const query = useQuery(OpportunityBoardCardsDocument, { variables: { filter, perStage: PER_STAGE }, notifyOnNetworkStatusChange: true });
  const totals = useQuery(OpportunityBoardTotalsDocument, { variables: { filter } });
  const cardColumns = (query.data ?? query.previousData)?.opportunityBoard.columns;
  const totalColumns = totals.data?.opportunityBoard.columns;
  const serverColumns = useMemo(() => mergeBoard(cardColumns ?? [], totalColumns), [cardColumns, totalColumns]);
  const board = useBoardMove(serverColumns, () => Promise.all([query.refetch(), totals.refetch()]));
  const editable = can('opportunity:update');

  return (
    <>
      <PageHeader
        title={t('opportunity.boardTitle')}
        description={t('opportunity.boardDescription')}
        actions={
          <>
            <ViewSwitch view="board" search={search} />
            {can('opportunity:create') && (
              <ButtonLink to="/opportunities/new" leftSection={<IconPlus size={16} />}>
                {t('opportunity.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <OpportunityFilters search={search} onChange={onSearchChange} board />
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.loading && !serverColumns.length ? (
        <Center h={240}>
          <Loader />
        </Center>
      ) : (
        <BoardView
          columns={board.columns}
          onDrop={editable ? board.drop : () => undefined}
          onMoveTo={editable ? board.moveTo : () => undefined}
        />
      )}
      <LostReasonModal request={board.lost} onConfirm={board.confirmLost} onCancel={board.cancelLost} />
    </>
  );
}
