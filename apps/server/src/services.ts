import type { Config } from './config.ts';
import type { Db } from './core/db/database.ts';
import { AuditLogRepository } from './modules/audit/audit-log.repository.ts';
import { AuditLogService } from './modules/audit/audit-log.service.ts';
import { SessionRepository } from './modules/auth/auth.repository.ts';
import { ApiKeyRepository } from './modules/api-key/api-key.repository.ts';
import { ApiKeyService } from './modules/api-key/api-key.service.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { SignInRepository } from './modules/auth/sign-in.repository.ts';
import { ContactRepository } from './modules/contact/contact.repository.ts';
import { ContactService } from './modules/contact/contact.service.ts';
import { CustomerRepository } from './modules/customer/customer.repository.ts';
import { CustomerService } from './modules/customer/customer.service.ts';
import { DepartmentRepository } from './modules/department/department.repository.ts';
import { DepartmentService } from './modules/department/department.service.ts';
import { PartnerRepository } from './modules/partner/partner.repository.ts';
import { PoolService } from './modules/pool/pool.service.ts';
import { SettingsRepository } from './modules/system/settings.repository.ts';
import { TerritoryRepository } from './modules/territory/territory.repository.ts';
import { TimelineRepository } from './modules/timeline/timeline.repository.ts';
import { TimelineService } from './modules/timeline/timeline.service.ts';
import { UserRepository } from './modules/user/user.repository.ts';
import { UserService } from './modules/user/user.service.ts';
import { RoleRepository } from './modules/role/role.repository.ts';
import { RoleService } from './modules/role/role.service.ts';
import { ShareRepository } from './modules/share/share.repository.ts';
import { ShareService } from './modules/share/share.service.ts';
import { PipelineRepository } from './modules/pipeline/pipeline.repository.ts';
import { PipelineService } from './modules/pipeline/pipeline.service.ts';
import { OpportunityRepository } from './modules/opportunity/opportunity.repository.ts';
import { OpportunityService } from './modules/opportunity/opportunity.service.ts';
import { OpportunityBoardRepository } from './modules/opportunity/opportunity-board.repository.ts';
import { OpportunityBoardService } from './modules/opportunity/opportunity-board.service.ts';
import { CurrencyRepository } from './modules/currency/currency.repository.ts';
import { CurrencyService } from './modules/currency/currency.service.ts';
import { SalesAnalyticsRepository } from './modules/sales-analytics/sales-analytics.repository.ts';
import { SalesAnalyticsService } from './modules/sales-analytics/sales-analytics.service.ts';
import { ForecastTargetRepository } from './modules/sales-analytics/forecast-target.repository.ts';
import { TargetRepository } from './modules/target/target.repository.ts';
import { TargetService } from './modules/target/target.service.ts';

import { createLeadServices } from './modules/lead/lead.module.ts';
import { createActivityServices } from './modules/activity/activity.module.ts';
import { createQuoteServices } from './modules/quote/quote.module.ts';
import { createProductServices } from './modules/product/product.module.ts';
import { createOpportunityLineServices } from './modules/opportunity-line/opportunity-line.module.ts';
import { createCommissionServices } from './modules/commission/commission.module.ts';
import { createContractServices } from './modules/contract/contract.module.ts';
import { createTerritoryServices } from './modules/territory/territory.module.ts';
import { TerritoryTreeRepository } from './modules/territory-tree/territory-tree.repository.ts';
import { TerritoryTreeService } from './modules/territory-tree/territory-tree.service.ts';
import { CustomerTerritoryService } from './modules/customer/customer-territory.service.ts';
import { JobRepository } from './modules/job/job.repository.ts';
import { JobService } from './modules/job/job.service.ts';
import { webhookServices } from './modules/webhook/webhook.module.ts';
import { importServices } from './modules/import/import.module.ts';
import { createMailer } from './core/mail/mailer.ts';
import { createLogger, type Logger } from './core/log/logger.ts';

/** The composition root: one instance of each service per process. */
export function createServices(
  db: Db,
  config: Pick<Config, 'sessionTtlHours' | 'signInLimitPerIp' | 'signInLimitPerAccount' | 'signInLimitWindowMinutes' | 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  log: Logger = createLogger('silent'),
) {
  const users = new UserRepository(db);
  const territories = new TerritoryRepository(db);
  const settings = new SettingsRepository(db);
  const sessions = new SessionRepository(db);
  const partners = new PartnerRepository(db);
  const roles = new RoleRepository(db);
  const shares = new ShareRepository(db);
  const department = new DepartmentService(new DepartmentRepository(db));
  const customer = new CustomerService(new CustomerRepository(db), users, territories, shares);
  const contact = new ContactService(new ContactRepository(db), customer);
  const pipeline = new PipelineService(new PipelineRepository(db));
  const currency = new CurrencyService(new CurrencyRepository(db), settings);
  const opportunity = new OpportunityService(new OpportunityRepository(db), customer, pipeline, shares);
  const leads = createLeadServices(db, { users, territories, settings, customer, contact, opportunity });
  const activities = createActivityServices(db, { customer, contact, opportunity, lead: leads.lead });
  const contracts = createContractServices(db, { customer, shares });
  const auth = new AuthService(sessions, users, new SignInRepository(db), config);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  return {
    db,
    ...leads,
    ...activities,
    ...createQuoteServices(db, { opportunity }),
    ...createProductServices(db),
    ...createOpportunityLineServices(db, { opportunity }),
    ...createCommissionServices(db, { currency }),
    ...contracts,
    ...createTerritoryServices({ territories }),
    territoryTree: new TerritoryTreeService(territories, new TerritoryTreeRepository(db), currency),
    customerTerritory: new CustomerTerritoryService(customer, territories),
    users,
    territories,
    settings,
    partners,
    auth,
    mailer,
    ...webhookServices(db, { auth, mailer, log, publicUrl: config.publicUrl }),
    ...importServices(db),
    apiKey: new ApiKeyService(new ApiKeyRepository(db), users),
    user: new UserService(users, department.repo, partners, sessions, roles),
    department,
    role: new RoleService(roles),
    share: new ShareService(shares, { customer, opportunity, contract: contracts.contract }, users, department.repo),
    audit: new AuditLogService(new AuditLogRepository(db)),
    customer,
    contact,
    timeline: new TimelineService(new TimelineRepository(db), customer, () => contact),
    pool: new PoolService(customer, users, settings),
    pipeline,
    opportunity,
    opportunityBoard: new OpportunityBoardService(new OpportunityBoardRepository(db), opportunity, pipeline),
    currency,
    salesAnalytics: new SalesAnalyticsService(new SalesAnalyticsRepository(db), currency, new ForecastTargetRepository(db)),
    target: new TargetService(new TargetRepository(db)),
    job: new JobService(new JobRepository(db)),
  };
}

export type Services = ReturnType<typeof createServices>;
