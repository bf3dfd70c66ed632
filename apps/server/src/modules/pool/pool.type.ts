import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Company-wide rules of the customer pool (公海).' })
export class PoolSettings {
  @Field(() => Int, { description: 'How many customers a rep may own through claims, unless their own limit says otherwise.' })
  defaultClaimLimit: number;

  @Field(() => Int, { description: 'Owned customers without activity for this many days go back to the pool; 0 turns it off.' })
  autoReleaseDays: number;
}

@ObjectType({ description: 'The viewer’s standing in the pool.' })
export class PoolStatus {
  @Field(() => Int) ownedCount: number;
  @Field(() => Int) claimLimit: number;
}
