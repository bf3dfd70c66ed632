import type { NonEmptyArray } from 'type-graphql';
import { AuditLogResolver } from './modules/audit/audit-log.resolver.ts';
import { AuthResolver } from './modules/auth/auth.resolver.ts';
import { ApiKeyResolver } from './modules/api-key/api-key.resolver.ts';
import { WebhookDeliveryResolver, WebhookResolver } from './modules/webhook/webhook.resolver.ts';
import { ImportResolver } from './modules/import/import.resolver.ts';
import { ContactResolver } from './modules/contact/contact.resolver.ts';
import { CustomerResolver } from './modules/customer/customer.resolver.ts';
import { DepartmentResolver } from './modules/department/department.resolver.ts';
import { PoolResolver } from './modules/pool/pool.resolver.ts';
import { TerritoryResolver } from './modules/territory/territory.resolver.ts';
import { TerritoryFieldsResolver } from './modules/territory/territory-fields.resolver.ts';
import { TerritoryTreeResolver } from './modules/territory-tree/territory-tree.resolver.ts';
import { CustomerTerritoryResolver } from './modules/customer/customer-territory.resolver.ts';
import { TimelineResolver } from './modules/timeline/timeline.resolver.ts';
import { FieldChangeResolver } from './modules/timeline/field-change.resolver.ts';
import { UserResolver } from './modules/user/user.resolver.ts';
import { RoleResolver } from './modules/role/role.resolver.ts';
import { ContractSharesResolver, CustomerSharesResolver, OpportunitySharesResolver, ShareResolver } from './modules/share/share.resolver.ts';
import { PipelineResolver } from './modules/pipeline/pipeline.resolver.ts';
import { OpportunityResolver } from './modules/opportunity/opportunity.resolver.ts';
import { BoardColumnFieldsResolver } from './modules/opportunity/opportunity-board-fields.resolver.ts';
import { CustomerOpportunitiesResolver, OpportunityFieldsResolver, OpportunityStageChangeResolver } from './modules/opportunity/opportunity-fields.resolver.ts';
import { CurrencyResolver } from './modules/currency/currency.resolver.ts';
import { SalesAnalyticsResolver } from './modules/sales-analytics/sales-analytics.resolver.ts';
import { SalesDashboardFieldsResolver } from './modules/sales-analytics/sales-dashboard-fields.resolver.ts';
import { TargetResolver } from './modules/target/target.resolver.ts';
import { CommissionPlanResolver, CommissionResolver } from './modules/commission/commission.resolver.ts';
import { ContractResolver } from './modules/contract/contract.resolver.ts';
import { ContractFieldsResolver, CustomerContractsResolver } from './modules/contract/contract-fields.resolver.ts';
import { ActivityResolver } from './modules/activity/activity.resolver.ts';
import { ActivityFieldsResolver } from './modules/activity/activity-fields.resolver.ts';
import { LeadResolver } from './modules/lead/lead.resolver.ts';
import { ConvertLeadResultResolver, LeadFieldsResolver } from './modules/lead/lead-fields.resolver.ts';
import { QuoteResolver } from './modules/quote/quote.resolver.ts';
import { OpportunityQuotesResolver, QuoteFieldsResolver } from './modules/quote/quote-fields.resolver.ts';
import { OrderResolver } from './modules/quote/order.resolver.ts';
import { CustomerOrdersResolver, OrderFieldsResolver } from './modules/quote/order-fields.resolver.ts';
import { ProductResolver } from './modules/product/product.resolver.ts';
import { PriceBookResolver } from './modules/product/price-book.resolver.ts';
import { PriceBookFieldsResolver, PricedProductFieldsResolver, ProductFieldsResolver, ProductPriceFieldsResolver } from './modules/product/product-fields.resolver.ts';
import { OpportunityLineItemFieldsResolver, OpportunityLineResolver } from './modules/opportunity-line/opportunity-line.resolver.ts';
import { JobResolver } from './modules/job/job.resolver.ts';

/** Every resolver of the API; a module joins by adding its resolver here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ApiKeyResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  ImportResolver,
  CustomerResolver,
  ContactResolver,
  TimelineResolver,
  FieldChangeResolver,
  PoolResolver,
  TerritoryResolver,
  TerritoryFieldsResolver,
  TerritoryTreeResolver,
  CustomerTerritoryResolver,
  UserResolver,
  RoleResolver,
  ShareResolver,
  CustomerSharesResolver,
  OpportunitySharesResolver,
  ContractSharesResolver,
  DepartmentResolver,
  AuditLogResolver,
  LeadResolver,
  LeadFieldsResolver,
  ConvertLeadResultResolver,
  PipelineResolver,
  OpportunityResolver,
  BoardColumnFieldsResolver,
  OpportunityFieldsResolver,
  OpportunityStageChangeResolver,
  CustomerOpportunitiesResolver,
  CurrencyResolver,
  SalesAnalyticsResolver,
  SalesDashboardFieldsResolver,
  ActivityResolver,
  ActivityFieldsResolver,
  TargetResolver,
  QuoteResolver, QuoteFieldsResolver, OpportunityQuotesResolver, OrderResolver, OrderFieldsResolver, CustomerOrdersResolver,
  ProductResolver,
  PriceBookResolver,
  ProductFieldsResolver,
  ProductPriceFieldsResolver,
  PriceBookFieldsResolver,
  PricedProductFieldsResolver,
  OpportunityLineResolver,
  OpportunityLineItemFieldsResolver,
  CommissionPlanResolver,
  CommissionResolver,
  ContractResolver,
  ContractFieldsResolver,
  CustomerContractsResolver,
  JobResolver,
];
