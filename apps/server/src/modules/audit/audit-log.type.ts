import { Field, ID, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../core/pagination/connection.ts';
import { FieldChange } from '../timeline/timeline.type.ts';

/** One change anyone made, as written in the same transaction as the change. `actor` resolves in audit-log.resolver.ts. */
@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'CREATED, UPDATED, DELETED, DEACTIVATED, PASSWORD_RESET, …' }) action: string;
  @Field(() => String, { description: 'Customer, Contact, User, Department, …' }) entity: string;
  @Field(() => ID) entityId: string;
  @Field(() => [FieldChange]) changes: FieldChange[];
  @Field(() => Date) createdAt: Date;

  actorId: string | null;
}

export const { Edge: AuditEntryEdge, Connection: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry');
