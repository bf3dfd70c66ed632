import type { NonEmptyArray } from 'type-graphql';
import { AuditLogResolver } from './modules/audit/audit-log.resolver.ts';
import { AuthResolver } from './modules/auth/auth.resolver.ts';
import { ContactResolver } from './modules/contact/contact.resolver.ts';
import { CustomerResolver } from './modules/customer/customer.resolver.ts';
import { DepartmentResolver } from './modules/department/department.resolver.ts';
import { PoolResolver } from './modules/pool/pool.resolver.ts';
import { TerritoryResolver } from './modules/territory/territory.resolver.ts';
import { TimelineResolver } from './modules/timeline/timeline.resolver.ts';
import { FieldChangeResolver } from './modules/timeline/field-change.resolver.ts';
import { UserResolver } from './modules/user/user.resolver.ts';
import { PipelineResolver } from './modules/pipeline/pipeline.resolver.ts';
import { OpportunityResolver } from './modules/opportunity/opportunity.resolver.ts';
import { CustomerOpportunitiesResolver, OpportunityFieldsResolver, OpportunityStageChangeResolver } from './modules/opportunity/opportunity-fields.resolver.ts';
import { CurrencyResolver } from './modules/currency/currency.resolver.ts';
import { SalesAnalyticsResolver } from './modules/sales-analytics/sales-analytics.resolver.ts';
import { TargetResolver } from './modules/target/target.resolver.ts';
import { ActivityResolver } from './modules/activity/activity.resolver.ts';
import { ActivityFieldsResolver } from './modules/activity/activity-fields.resolver.ts';
import { LeadResolver } from './modules/lead/lead.resolver.ts';
import { ConvertLeadResultResolver, LeadFieldsResolver } from './modules/lead/lead-fields.resolver.ts';

/** Every resolver of the API; a module joins by adding its resolver here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  CustomerResolver,
  ContactResolver,
  TimelineResolver,
  FieldChangeResolver,
  PoolResolver,
  TerritoryResolver,
  UserResolver,
  DepartmentResolver,
  AuditLogResolver,
  LeadResolver,
  LeadFieldsResolver,
  ConvertLeadResultResolver,
  PipelineResolver,
  OpportunityResolver,
  OpportunityFieldsResolver,
  OpportunityStageChangeResolver,
  CustomerOpportunitiesResolver,
  CurrencyResolver,
  SalesAnalyticsResolver,
  ActivityResolver,
  ActivityFieldsResolver,
  TargetResolver,
];
