import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The records that can be shared explicitly (SPEC §5 sharing); what hangs under them follows. */
export enum SharedEntity { CUSTOMER = 'CUSTOMER', OPPORTUNITY = 'OPPORTUNITY', CONTRACT = 'CONTRACT' }
registerEnumType(SharedEntity, { name: 'SharedEntity' });

@ObjectType({ description: 'A record shared with a user or with a department (and its sub-departments), read-only or read-write.' })
export class RecordShare {
  @Field(() => ID) id: string;
  @Field(() => SharedEntity) entity: SharedEntity;
  @Field(() => ID) recordId: string;
  @Field(() => Boolean, { description: 'Read-write: the grantee may edit the record as its owner could.' }) canEdit: boolean;
  @Field(() => Date) createdAt: Date;

  userId: string | null;
  departmentId: string | null;
  createdById: string | null;
}
