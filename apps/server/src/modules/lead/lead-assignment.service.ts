import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { recordChange } from '../../core/changes/change.ts';
import type { SettingsRepository } from '../system/settings.repository.ts';
import type { LeadAssignmentRepository } from './lead-assignment.repository.ts';
import type { LeadRepository, Tx } from './lead.repository.ts';
import type { LeadAssignmentRuleInput } from './lead.inputs.ts';
import { AssignmentMode, type LeadAssignmentRule } from './lead.type.ts';

export const RULE_KEY = 'lead.assignmentRule';
const CURSOR_KEY = 'lead.assignmentCursor';
const DEFAULT_RULE: LeadAssignmentRule = { mode: AssignmentMode.NONE, departmentId: null, territoryReps: [] };

/**
 * Assignment by rule (§4 Sales): NONE leaves new leads unassigned; ROUND_ROBIN deals them in
 * turn to the active reps of a department subtree; TERRITORY gives a lead to the reps mapped
 * to its territory (in turn) — or, when the rule maps none, the reps assigned to the territory
 * or its nearest ancestor that has any (UserTerritory) — falling back to round robin. The turn is a cursor per pool
 * (last rep id) in a Setting row locked FOR UPDATE inside the creating transaction, so
 * concurrent creates never hand out the same turn twice.
 */
export class LeadAssignmentService {
  constructor(
    private readonly repo: LeadAssignmentRepository,
    private readonly leads: LeadRepository,
    private readonly settings: SettingsRepository,
  ) {}

  async rule(): Promise<LeadAssignmentRule> {
    return { ...DEFAULT_RULE, ...(await this.settings.get<Partial<LeadAssignmentRule>>(RULE_KEY, {})) };
  }

  async updateRule(viewer: Viewer, scope: Scope, input: LeadAssignmentRuleInput): Promise<LeadAssignmentRule> {
    const departmentId = input.departmentId ?? null;
    if (departmentId && !(await this.repo.departmentExists(scope, checkId(departmentId, 'input.departmentId')))) {
      throw badInput('input.departmentId', 'no such department');
    }
    const territoryReps = (input.territoryReps ?? []).map((t, i) => {
      checkId(t.territoryId, `input.territoryReps.${i}.territoryId`);
      t.userIds.forEach((id, j) => checkId(id, `input.territoryReps.${i}.userIds.${j}`));
      return { territoryId: t.territoryId, userIds: [...new Set(t.userIds)] };
    });
    const known = await this.repo.territoriesExist(scope, territoryReps.map((t) => t.territoryId));
    for (const [i, t] of territoryReps.entries()) {
      if (!known.has(t.territoryId)) throw badInput(`input.territoryReps.${i}.territoryId`, 'no such territory');
      const active = await this.repo.activeSalesStaff(undefined, t.userIds);
      const missing = t.userIds.findIndex((id) => !active.includes(id));
      if (missing >= 0) throw badInput(`input.territoryReps.${i}.userIds.${missing}`, 'no such active sales user');
    }
    const before = await this.rule();
    const rule: LeadAssignmentRule = { mode: input.mode, departmentId, territoryReps };
    await this.leads.transaction(scope, async (tx) => {
      await this.repo.saveRule(tx, RULE_KEY, rule as never);
      await recordChange(tx, {
        actorId: viewer.id, action: 'UPDATED', entity: 'Setting', entityId: RULE_KEY,
        changes: [{ field: 'leadAssignmentRule', from: JSON.stringify(before), to: JSON.stringify(rule) }],
      });
    });
    return rule;
  }

  /**
   * Owners for new leads (one per territory id given, in order); null leaves a lead unassigned.
   * Reads only through `tx` (read the rule before the transaction), so it never waits on itself.
   */
  async pick(tx: Tx, rule: LeadAssignmentRule, territoryIds: (string | null)[]): Promise<(string | null)[]> {
    if (rule.mode === AssignmentMode.NONE || territoryIds.length === 0) return territoryIds.map(() => null);
    const cursor = await this.repo.lockCursor(tx, CURSOR_KEY);
    const fallback = await this.repo.repsOfDepartment(tx, rule.departmentId);
    const territoryPools = new Map<string, string[]>();
    const assigned = new Map<string, { territoryId: string; userIds: string[] } | null>();
    const owners: (string | null)[] = [];
    for (const territoryId of territoryIds) {
      let key = 'default';
      let pool = fallback;
      const mapped = rule.mode === AssignmentMode.TERRITORY && territoryId ? rule.territoryReps.find((t) => t.territoryId === territoryId) : undefined;
      if (mapped) {
        if (!territoryPools.has(territoryId!)) territoryPools.set(territoryId!, await this.repo.activeSalesStaff(tx, mapped.userIds));
        const reps = territoryPools.get(territoryId!)!;
        if (reps.length) [key, pool] = [`territory:${territoryId}`, reps];
      }
      if (rule.mode === AssignmentMode.TERRITORY && territoryId && key === 'default') {
        // not in the rule's map (or none of its reps active): the territory's own reps, else the nearest ancestor's
        if (!assigned.has(territoryId)) assigned.set(territoryId, await this.repo.nearestTerritoryReps(tx, territoryId));
        const nearest = assigned.get(territoryId);
        if (nearest) [key, pool] = [`reps:${nearest.territoryId}`, nearest.userIds];
      }
      if (pool.length === 0) {
        owners.push(null);
        continue;
      }
      const last = cursor[key];
      const next = (last && pool.find((id) => id > last)) || pool[0];
      cursor[key] = next;
      owners.push(next);
    }
    await this.repo.saveCursor(tx, CURSOR_KEY, cursor);
    return owners;
  }
}
