import type { Db } from '../../core/db/database.ts';
import type { ContactService } from '../contact/contact.service.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { LeadService } from '../lead/lead.service.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import { ActivityCalendarService } from './activity-calendar.service.ts';
import { ActivityLinks } from './activity-rules.ts';
import { ActivityRepository } from './activity.repository.ts';
import { ActivityService } from './activity.service.ts';

interface ActivityDeps {
  customer: CustomerService;
  contact: ContactService;
  opportunity: OpportunityService;
  lead: LeadService;
}

/** The activity module's services, wired once in services.ts. */
export function createActivityServices(db: Db, deps: ActivityDeps) {
  const repo = new ActivityRepository(db);
  const activityCalendar = new ActivityCalendarService(repo);
  const links = new ActivityLinks(repo, deps.customer, deps.contact, deps.opportunity, deps.lead);
  return { activity: new ActivityService(repo, links, activityCalendar), activityCalendar };
}
