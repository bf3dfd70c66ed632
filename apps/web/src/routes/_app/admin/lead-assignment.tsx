import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../modules/auth/RequirePermission.tsx';
import { PageHeader } from '../../../lib/components/PageHeader.tsx';
import { LeadAssignmentRuleCard } from '../../../modules/lead/LeadAssignmentRuleCard.tsx';

export const Route = createFileRoute('/_app/admin/lead-assignment')({
  component: function LeadAssignmentRoute() {
    const { t } = useTranslation();
    return (
      <RequirePermission permission="admin:sales">
        <PageHeader title={t('lead.rule.title')} description={t('lead.rule.description')} />
        <LeadAssignmentRuleCard />
      </RequirePermission>
    );
  },
});
