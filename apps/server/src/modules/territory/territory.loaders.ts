import DataLoader from 'dataloader';
import type { Scope } from '../../core/auth/scope.ts';
import type { TerritoryRepository } from './territory.repository.ts';

/** Request-scoped: the rep user ids of many territories in one statement. */
export function createTerritoryLoaders(deps: { territories: TerritoryRepository }, scope: () => Promise<Scope>) {
  return {
    territoryRepIds: new DataLoader<string, string[]>(async (ids) => {
      const map = await deps.territories.repIds(await scope(), ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
