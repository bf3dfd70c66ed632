import type { TerritoryRepository } from './territory.repository.ts';
import { TerritoryService } from './territory.service.ts';

/** The territory module's services, wired once in services.ts (the repository is shared as `territories`). */
export function createTerritoryServices(deps: { territories: TerritoryRepository }) {
  return { territory: new TerritoryService(deps.territories) };
}
