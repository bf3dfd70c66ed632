import type { CurrencyService } from '../currency/currency.service.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { TerritoryRepository } from './territory.repository.ts';
import { TerritoryService } from './territory.service.ts';
import { TerritoryTreeService } from './territory-tree.service.ts';

interface TerritoryDeps {
  territories: TerritoryRepository;
  customer: CustomerService;
  currency: CurrencyService;
}

/** The territory module's services, wired once in services.ts (the repository is shared as `territories`). */
export function createTerritoryServices(deps: TerritoryDeps) {
  return {
    territory: new TerritoryService(deps.territories, deps.customer),
    territoryTree: new TerritoryTreeService(deps.territories, deps.currency),
  };
}
