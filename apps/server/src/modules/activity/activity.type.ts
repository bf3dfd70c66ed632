import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../core/pagination/connection.ts';

export enum ActivityKind {
  CALL = 'CALL',
  MEETING = 'MEETING',
  TASK = 'TASK',
  EMAIL = 'EMAIL',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

/** A call, meeting, task or email logged against a record. Owner and attendees resolve in activity-fields.resolver.ts. */
@ObjectType()
export class Activity {
  @Field(() => ID) id: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => String) subject: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => Date, { nullable: true, description: 'Start of a meeting or call.' }) startAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of a meeting or call (exclusive: back-to-back meetings do not overlap).' }) endAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When a task is due.' }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) remindAt: Date | null;
  @Field(() => Boolean) done: boolean;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => ID) ownerId: string;
  @Field(() => ID, { nullable: true }) customerId: string | null;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
  @Field(() => [ID], { description: 'Users taking part (meetings and calls; the owner is always one).' }) attendeeIds: string[];
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  partnerId: string | null;
}

export const { Edge: ActivityEdge, Connection: ActivityConnection } = connectionTypes(Activity, 'Activity');

/** A span in which a user is busy; id and subject only when the viewer may see the activity. */
@ObjectType()
export class BusySlot {
  @Field(() => ID, { nullable: true, description: 'Null when the viewer may not see the activity: only "busy".' }) activityId: string | null;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => ActivityKind, { nullable: true }) kind: ActivityKind | null;
  @Field(() => Date) startAt: Date;
  @Field(() => Date) endAt: Date;
}

/** The meetings and calls of one attendee that overlap a proposed span. */
@ObjectType()
export class ActivityConflict {
  @Field(() => ID) userId: string;
  @Field(() => [BusySlot]) busy: BusySlot[];
}
