import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobStatus } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';

export { JobStatus };
registerEnumType(JobStatus, { name: 'JobStatus', description: 'Where a background job is: QUEUED (waiting or retrying later), RUNNING, SUCCEEDED, FAILED (after its last attempt), CANCELLED.' });

/** One background job (core/jobs) as admins see it. */
@ObjectType()
export class Job {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The task it runs (pool.sweep, contract.sweep, jobs.prune, …).' }) task: string;
  @Field(() => JobStatus) status: JobStatus;
  @Field(() => String, { description: 'Its payload as JSON text.' }) payload: string;
  @Field(() => Date, { description: 'Not run before this instant (the next retry while QUEUED).' }) runAt: Date;
  @Field(() => Int) attempts: number;
  @Field(() => Int) maxAttempts: number;
  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt.' }) lastError: string | null;
  @Field(() => String, { nullable: true, description: 'The worker process running it.' }) lockedBy: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

export const { Edge: JobEdge, Connection: JobConnection } = connectionTypes(Job, 'Job');

/** How many jobs of one task are in each state. */
@ObjectType()
export class JobQueue {
  @Field(() => String) task: string;
  @Field(() => Int) queued: number;
  @Field(() => Int) running: number;
  @Field(() => Int) succeeded: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) cancelled: number;
}
