import type { Db } from '../../core/db/database.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { ShareRepository } from '../share/share.repository.ts';
import { ContractEntitlementService } from './contract-entitlement.service.ts';
import { ContractReminderService } from './contract-reminder.service.ts';
import { ContractRepository } from './contract.repository.ts';
import { ContractService } from './contract.service.ts';

/** The contract module's services, wired once in services.ts. */
export function createContractServices(db: Db, deps: { customer: CustomerService; shares: ShareRepository }) {
  const repo = new ContractRepository(db);
  const contract = new ContractService(repo, deps.customer, deps.shares);
  return {
    contract,
    contractEntitlement: new ContractEntitlementService(repo, contract, deps.customer),
    contractReminder: new ContractReminderService(repo),
  };
}
