import { conflict, notFound } from '../../core/errors/app-error.ts';
import type { TerritoryUsage } from './territory.repository.ts';

export const territoryNotFound = () => notFound('Territory');

export const territoryNameTaken = (name: string) =>
  conflict(`A territory named ${name} already exists at this level`, { reason: 'NAME_TAKEN', field: 'input.name' });

/** CONFLICT naming what keeps a territory from being deleted (only the non-zero counts). */
export function territoryInUse(usage: TerritoryUsage) {
  const inUse = Object.entries(usage).filter(([, n]) => n > 0);
  const what = inUse.map(([k, n]) => `${n} ${k}`).join(', ');
  return conflict(`The territory still has ${what}; move or remove them first`, { reason: 'TERRITORY_IN_USE', blockers: Object.fromEntries(inUse) });
}
