import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The outcome of a bulk territory assignment.' })
export class AssignCustomersResult {
  @Field(() => Int, { description: 'Customers whose territory changed.' }) changedCount: number;
  @Field(() => [ID], { description: 'Every customer now in the territory by this request.' }) customerIds: string[];
}
