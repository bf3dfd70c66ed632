import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TargetPeriod } from '../../generated/prisma/enums.ts';

registerEnumType(TargetPeriod, { name: 'TargetPeriod', description: 'What a sales target covers: a calendar month or quarter.' });

@ObjectType({ description: 'A sales target of one user or one department for a month or a quarter.' })
export class SalesTarget {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Set for a user’s target; then departmentId is null.' }) userId: string | null;
  @Field(() => ID, { nullable: true, description: 'Set for a department’s target; then userId is null.' }) departmentId: string | null;
  @Field(() => TargetPeriod) period: TargetPeriod;
  @Field(() => LocalDateResolver, { description: 'First day of the month or quarter.' }) periodStart: string;
  @Field(() => String, { description: 'Decimal string, two decimals, in `currency`.' }) amount: string;
  @Field(() => String) currency: string;
  @Field(() => Int) version: number;
}
