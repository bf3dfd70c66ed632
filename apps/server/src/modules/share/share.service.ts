import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { recordChange } from '../../core/changes/change.ts';
import type { CustomerService } from '../customer/customer.service.ts';
import type { OpportunityService } from '../opportunity/opportunity.service.ts';
import type { ContractService } from '../contract/contract.service.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { DepartmentRepository } from '../department/department.repository.ts';
import type { ShareRepository } from './share.repository.ts';
import { SharedEntity, type RecordShare } from './share.type.ts';
import type { ShareRecordInput } from './share.inputs.ts';
import { oneGrantee, onlyOwnerShares, shareNotFound } from './share.errors.ts';

const ENTITY_MODEL = { CUSTOMER: 'Customer', OPPORTUNITY: 'Opportunity', CONTRACT: 'Contract' } as const;

/** What sharing needs of a record: its owner and partner (who may share it) and its customer (whose timeline shows it). */
interface Shareable {
  id: string;
  ownerId: string | null;
  partnerId: string | null;
  customerId: string;
}

/**
 * Explicit sharing (SPEC §5): the owner of a customer, deal or contract, their manager or an
 * admin shares it with a colleague or a department, read-only or read-write; contacts,
 * quotes and entitlements under it follow (core/access inherit rules). Shares show on the
 * record and on its customer's timeline, and can be revoked.
 */
/** The session's shared-id list of each kind of record. */
const SHARED_KIND = { [SharedEntity.CUSTOMER]: 'customer', [SharedEntity.OPPORTUNITY]: 'opportunity', [SharedEntity.CONTRACT]: 'contract' } as const;

export class ShareService {
  constructor(
    readonly repo: ShareRepository,
    private readonly records: {
      customer: CustomerService;
      opportunity: OpportunityService;
      contract: ContractService;
    },
    private readonly users: UserRepository,
    private readonly departments: DepartmentRepository,
  ) {}

  /** A record the scope sees (else NOT_FOUND). */
  private async load(scope: Scope, entity: SharedEntity, id: string): Promise<Shareable> {
    if (entity === SharedEntity.CUSTOMER) return { ...(await this.records.customer.get(scope, id)), customerId: id };
    return entity === SharedEntity.OPPORTUNITY ? this.records.opportunity.get(scope, id) : this.records.contract.get(scope, id);
  }

  /** A record the scope sees (else NOT_FOUND) and may share: owners, their managers, admins — not grantees. */
  private async shareable(scope: Scope, entity: SharedEntity, id: string): Promise<Shareable> {
    const record = await this.load(scope, entity, id);
    if (scope.kind === 'partner' || !scopeMayModify(scope, record.ownerId, record.partnerId)) throw onlyOwnerShares();
    return record;
  }

  async share(viewer: Viewer, scope: Scope, entity: SharedEntity, input: ShareRecordInput): Promise<RecordShare> {
    const recordId = checkId(input.recordId, 'input.recordId');
    if (!input.userId === !input.departmentId) throw oneGrantee();
    const record = await this.shareable(scope, entity, recordId);
    if (input.userId) {
      const user = await this.users.findById(checkId(input.userId, 'input.userId'));
      if (!user || !user.active) throw badInput('input.userId', 'no such active user');
      if (user.role === 'PARTNER') throw badInput('input.userId', 'partner users see records through their company, not through shares');
      if (user.id === record.ownerId) throw badInput('input.userId', 'already owns this record');
    } else if (!(await this.departments.findNode(checkId(input.departmentId!, 'input.departmentId')))) {
      throw badInput('input.departmentId', 'no such department');
    }
    return this.repo.transaction(scope, async (tx) => {
      const { share, created, before } = await this.repo.upsert(tx, {
        id: newId(), entity, recordId, userId: input.userId ?? null, departmentId: input.departmentId ?? null,
        canEdit: input.canEdit, createdById: viewer.id,
      });
      const grantee = input.userId ? 'userId' : 'departmentId';
      const changes = created
        ? [{ field: grantee, from: null, to: (input.userId ?? input.departmentId)! }, { field: 'canEdit', from: null, to: String(input.canEdit) }]
        : before === input.canEdit ? [] : [{ field: 'canEdit', from: String(before), to: String(input.canEdit) }];
      if (changes.length) {
        await recordChange(tx, {
          actorId: viewer.id, action: created ? 'SHARED' : 'SHARE_CHANGED', entity: ENTITY_MODEL[entity], entityId: recordId,
          customerId: record.customerId, changes,
        });
      }
      return share;
    });
  }

  /** Ends a share: whoever may share the record, or whoever made the share. */
  async revoke(viewer: Viewer, scope: Scope, id: string): Promise<boolean> {
    const share = await this.repo.findVisible(scope, checkId(id));
    if (!share) throw shareNotFound();
    const record = share.createdById === viewer.id
      ? await this.load(scope, share.entity, share.recordId)
      : await this.shareable(scope, share.entity, share.recordId);
    return this.repo.transaction(scope, async (tx) => {
      await this.repo.delete(tx, share.id);
      const grantee = share.userId ? 'userId' : 'departmentId';
      await recordChange(tx, {
        actorId: viewer.id, action: 'UNSHARED', entity: ENTITY_MODEL[share.entity], entityId: share.recordId, customerId: record.customerId,
        changes: [{ field: grantee, from: (share.userId ?? share.departmentId)!, to: null }],
      });
      return true;
    });
  }

  /**
   * Which of these records the principal may change by access (SPEC §5): theirs to modify
   * by their scope (owner, manager, partner company, admin), or shared with them
   * read-write. The role's update permission is the caller's to check.
   */
  async editableIds(scope: Scope, entity: SharedEntity, records: readonly { id: string; ownerId: string | null; partnerId: string | null }[]): Promise<Set<string>> {
    const byScope = new Set(records.filter((r) => scopeMayModify(scope, r.ownerId, r.partnerId)).map((r) => r.id));
    // only records shared with the principal (the ids come with the session) can be read-write shares: most lists ask nothing more
    const sharedWithMe = new Set(scope.shared?.[SHARED_KIND[entity]] ?? []);
    const candidates = records.filter((r) => !byScope.has(r.id) && sharedWithMe.has(r.id)).map((r) => r.id);
    const readWrite = candidates.length ? await this.repo.editableThroughShares(scope, entity, candidates) : new Set<string>();
    return new Set([...byScope, ...readWrite]);
  }

  forRecords(scope: Scope, entity: SharedEntity, recordIds: readonly string[]): Promise<RecordShare[]> {
    return this.repo.forRecords(scope, entity, recordIds);
  }
}
