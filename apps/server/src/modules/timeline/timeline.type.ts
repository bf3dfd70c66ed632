import { Field, ID, ObjectType } from 'type-graphql';
import { streamConnectionTypes } from '../../core/pagination/connection.ts';

@ObjectType({ description: 'One field of a change, as display strings.' })
export class FieldChange {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

/** A note, or a change to the customer or one of its records. */
@ObjectType()
export class TimelineEntry {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'NOTE, or the audit action: CREATED, UPDATED, DELETED, RESTORED, CLAIMED, RELEASED.' }) kind: string;
  @Field(() => String, { description: 'Customer, Contact, … — what the entry is about.' }) entity: string;
  @Field(() => ID) entityId: string;
  @Field(() => Date) at: Date;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => [FieldChange]) changes: FieldChange[];

  actorId: string | null;
}

export const { Edge: TimelineEdge, Connection: TimelineConnection } = streamConnectionTypes(TimelineEntry, 'Timeline');
