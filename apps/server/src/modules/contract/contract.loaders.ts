import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { ContractRepository } from './contract.repository.ts';
import type { Contract, ContractEntitlement } from './contract.type.ts';

/** Request-scoped loaders for contracts: one statement per relation per request. */
export function createContractLoaders(deps: { contracts: ContractRepository }, scope: () => Promise<Scope>) {
  return {
    contract: new DataLoader<string, Contract | null>(async (ids) => {
      const rows = new Map((await deps.contracts.findManyVisible(await scope(), ids)).map((c) => [c.id, c]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** The visible contract renewing each one (keys: contract ids). */
    contractRenewal: new DataLoader<string, Contract | null>(async (ids) => {
      const rows = new Map((await deps.contracts.renewalsOf(await scope(), ids)).map((c) => [c.renewedFromId!, c]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** Keys are ids of contracts already loaded through the scope; the entitlements follow their contract. */
    contractEntitlements: new DataLoader<string, ContractEntitlement[]>(async (ids) => {
      const rows = await deps.contracts.entitlementsOf(await scope(), ids);
      return ids.map((id) => rows.filter((r) => r.contractId === id));
    }),
  };
}
