import { customerExport } from '../../modules/customer/customer.export.ts';
import { contactExport } from '../../modules/contact/contact.export.ts';
import { leadExport } from '../../modules/lead/lead.export.ts';
import { opportunityExport } from '../../modules/opportunity/opportunity.export.ts';
import { quoteExport } from '../../modules/quote/quote.export.ts';
import { orderExport } from '../../modules/quote/order.export.ts';
import { contractExport } from '../../modules/contract/contract.export.ts';
import { activityExport } from '../../modules/activity/activity.export.ts';
import type { ListExport } from './export.types.ts';

/** Every list screen that exports (`/export/<name>`): a new list adds its `<entity>.export.ts` here. */
export const EXPORT_LISTS: readonly ListExport[] = [
  customerExport, contactExport, leadExport, opportunityExport, quoteExport, orderExport, contractExport, activityExport,
];
