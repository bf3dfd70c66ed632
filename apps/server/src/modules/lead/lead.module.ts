import type { Db } from '../../core/db/database.ts';
import type { ContactService } from '../contact/contact.service.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { SettingsRepository } from '../system/settings.repository.ts';
import type { TerritoryRepository } from '../territory/territory.repository.ts';
import type { UserRepository } from '../user/user.repository.ts';
import { LeadAssignmentRepository } from './lead-assignment.repository.ts';
import { LeadAssignmentService } from './lead-assignment.service.ts';
import { LeadConvertService } from './lead-convert.service.ts';
import { LeadDuplicatesService } from './lead-duplicates.service.ts';
import { LeadImportService } from './lead-import.service.ts';
import { LeadRepository } from './lead.repository.ts';
import { LeadService } from './lead.service.ts';
import { LeadWorkflowService } from './lead-workflow.service.ts';

interface LeadDeps {
  users: UserRepository;
  territories: TerritoryRepository;
  settings: SettingsRepository;
  customer: CustomerService;
  contact: ContactService;
  opportunity: OpportunityService;
}

/** The lead module's services, wired once in services.ts. */
export function createLeadServices(db: Db, deps: LeadDeps) {
  const repo = new LeadRepository(db);
  const leadAssignment = new LeadAssignmentService(new LeadAssignmentRepository(db), repo, deps.settings);
  const lead = new LeadService(repo, deps.users, deps.territories, leadAssignment);
  return {
    lead,
    leadAssignment,
    leadWorkflow: new LeadWorkflowService(lead),
    leadDuplicates: new LeadDuplicatesService(repo, deps.customer.repo, deps.contact.repo),
    leadImport: new LeadImportService(repo, leadAssignment),
    leadConvert: new LeadConvertService(lead, deps.customer, deps.contact, deps.opportunity),
  };
}
