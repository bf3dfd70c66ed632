import { SegmentedControl } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { boardSearch, type OpportunitySearch } from './opportunitySearch.ts';

/** List ⇄ board, keeping the filters both understand. */
export function ViewSwitch({ view, search }: { view: 'list' | 'board'; search: OpportunitySearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SegmentedControl
      value={view}
      onChange={(next) =>
        void navigate(next === 'board' ? { to: '/opportunities/board', search: boardSearch(search) } : { to: '/opportunities', search: boardSearch(search) })
      }
      data={[
        { value: 'list', label: t('opportunity.views.list') },
        { value: 'board', label: t('opportunity.views.board') },
      ]}
    />
  );
}
