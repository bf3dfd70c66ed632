import { Prisma } from '../../generated/prisma/client.ts';
import type { Scope } from '../auth/scope.ts';
import { anyParent, createdBy, departmentSubtree, inherit, linkedUser, owned, partnerCompany, reference, selfOnly, sharedWith, systemOnly, type AccessRule } from './rule.ts';

/**
 * Every Prisma model's visibility, declared once (SPEC §5). Repositories take their
 * filters from visibleWhere / visibleSql (access.ts); access-rules.test.ts fails when a
 * model of prisma/schema.prisma has no entry here.
 */
export type ModelName = Prisma.ModelName;

const rule = (name: ModelName) => () => ACCESS_RULES[name];

export const ACCESS_RULES: Readonly<Record<ModelName, AccessRule>> = {
  // customers and what hangs off them
  Customer: owned({ module: 'customer', pool: true, partner: 'partnerId', grants: [sharedWith('customer')] }),
  Contact: inherit(rule('Customer'), { table: 'Customer', column: 'customerId', relation: 'customer' }),
  Note: inherit(rule('Customer'), { table: 'Customer', column: 'customerId', relation: 'customer' }),
  // sales
  Opportunity: owned({ module: 'opportunity', partner: 'partnerId', grants: [sharedWith('opportunity')] }),
  OpportunityStageChange: inherit(rule('Opportunity'), { table: 'Opportunity', column: 'opportunityId', relation: 'opportunity' }),
  OpportunityLineItem: inherit(rule('Opportunity'), { table: 'Opportunity', column: 'opportunityId', relation: 'opportunity' }),
  Lead: owned({ module: 'lead', pool: true, grants: [createdBy('createdById', ['MARKETER'])] }),
  Activity: owned({ module: 'activity', grants: [linkedUser({ relation: 'attendees', table: 'ActivityAttendee', foreignKey: 'activityId', user: 'userId' })] }),
  ActivityAttendee: inherit(rule('Activity'), { table: 'Activity', column: 'activityId', relation: 'activity' }),
  SalesTarget: owned({ module: 'target', owner: 'userId', grants: [departmentSubtree('departmentId')] }),
  // quotes and orders follow their deal
  Quote: inherit(rule('Opportunity'), { table: 'Opportunity', column: 'opportunityId' }),
  QuoteLine: inherit(rule('Quote'), { table: 'Quote', column: 'quoteId', relation: 'quote' }),
  Order: inherit(rule('Opportunity'), { table: 'Opportunity', column: 'opportunityId' }),
  OrderLine: inherit(rule('Order'), { table: 'Order', column: 'orderId', relation: 'order' }),
  Contract: owned({ module: 'contract', partner: 'partnerId', grants: [sharedWith('contract')] }),
  ContractEntitlement: inherit(rule('Contract'), { table: 'Contract', column: 'contractId', relation: 'contract' }),
  // commissions: a statement belongs to its rep
  CommissionStatement: owned({ module: 'commission', owner: 'userId' }),
  CommissionLine: inherit(rule('CommissionStatement'), { table: 'CommissionStatement', column: 'statementId', relation: 'statement' }),
  CommissionPlan: reference({ partners: false }),
  CommissionTier: reference({ partners: false }),
  CommissionPeriod: reference({ partners: false, key: 'periodStart' }),
  // catalogue and organisation data every staff member reads; partners also read the products
  // and the stages of the deals they see (a deal's stage and lines name them)
  Product: reference({ partners: true }),
  PriceBook: reference({ partners: false }),
  PriceBookEntry: reference({ partners: false }),
  VolumeDiscount: reference({ partners: false }),
  PipelineStage: reference({ partners: true }),
  CurrencyRate: reference({ partners: false, key: 'currency' }),
  Territory: reference({ partners: false }),
  UserTerritory: reference({ partners: false, key: 'userId' }),
  Department: reference({ partners: false }),
  // people: the directory (names) is read by staff; sensitive fields have their own rule (field-rules.ts)
  User: owned({ module: 'user', owner: 'id', partner: 'partnerId' }),
  Partner: partnerCompany(),
  Session: selfOnly('userId'),
  ApiKey: selfOnly('userId', { admins: true }),
  AccessRole: reference({ partners: false }),
  // a share is seen by whoever sees the record it shares
  RecordShare: anyParent([
    { rule: rule('Customer'), table: 'Customer', column: 'customerId', relation: 'customer' },
    { rule: rule('Opportunity'), table: 'Opportunity', column: 'opportunityId', relation: 'opportunity' },
    { rule: rule('Contract'), table: 'Contract', column: 'contractId', relation: 'contract' },
  ]),
  // audit entries follow the record they are about
  AuditLog: {
    describe: 'follows the record in entity/entityId',
    where: () => null,
    sql: (scope, alias) => aboutRecordSql(scope, alias),
  },
  Setting: systemOnly('company settings are read through their own services, written by admins', 'key'),
  DocumentCounter: systemOnly('document number sequences', 'key'),
  SignInLimit: systemOnly('sign-in attempt counters per client address and per email', 'key'),
  // background jobs (core/jobs): the runner works on the system client; through the API only admins see the queues
  Job: {
    describe: 'admins only (the job runner uses the system client)',
    where: (scope) => (scope.kind === 'all' ? {} : { id: { in: [] } }),
    sql: (scope) => (scope.kind === 'all' ? Prisma.sql`TRUE` : Prisma.sql`FALSE`),
  },
  // a webhook is its owner's (admins see every one); its deliveries and their log follow it
  WebhookSubscription: selfOnly('ownerId', { admins: true }),
  WebhookDelivery: inherit(rule('WebhookSubscription'), { table: 'WebhookSubscription', column: 'subscriptionId', relation: 'subscription' }),
  WebhookAttempt: inherit(rule('WebhookDelivery'), { table: 'WebhookDelivery', column: 'deliveryId', relation: 'delivery' }),
  // imports (modules/import): a user's own batches and saved mappings; admins see every batch
  ImportBatch: selfOnly('userId', { admins: true }),
  ImportBatchRecord: inherit(rule('ImportBatch'), { table: 'ImportBatch', column: 'batchId', relation: 'batch' }),
  ImportMapping: selfOnly('userId'),
  OutboxEvent: systemOnly('domain events: their subscribers (webhooks) check the subscriber\'s own access to each event\'s record', 'id'),
};

/** The models audit entries are written about (`entity`): keyed by `id`, or with a rule that does not look at rows. */
export const AUDITED_MODELS: readonly ModelName[] = [
  'Customer', 'Contact', 'Opportunity', 'Lead', 'Activity', 'SalesTarget', 'Quote', 'Order', 'Contract',
  'Product', 'PriceBook', 'PipelineStage', 'CurrencyRate', 'Territory', 'Department', 'User',
  'CommissionPlan', 'CommissionPeriod', 'Setting', 'AccessRole', 'ApiKey', 'WebhookSubscription',
];

/**
 * Audit entries (and timeline entries built from them) are visible exactly when the
 * record they are about is: one branch per audited model; entries about anything else
 * only when the scope sees everything.
 */
function aboutRecordSql(scope: Scope, alias: string): Prisma.Sql {
  if (scope.kind === 'all') return Prisma.sql`TRUE`;
  const entity = Prisma.raw(`${alias}."entity"`);
  const entityId = Prisma.raw(`${alias}."entityId"`);
  const branches: Prisma.Sql[] = [];
  for (const name of AUDITED_MODELS) {
    const predicate = ACCESS_RULES[name].sql(scope, 'rec');
    if (predicate.sql === 'FALSE') continue;
    branches.push(
      predicate.sql === 'TRUE'
        ? Prisma.sql`${entity} = ${name}`
        : Prisma.sql`(${entity} = ${name} AND ${entityId} IN (SELECT rec.id FROM ${Prisma.raw(`"${name}" rec`)} WHERE ${predicate}))`,
    );
  }
  return branches.length ? Prisma.sql`(${Prisma.join(branches, ' OR ')})` : Prisma.sql`FALSE`;
}
