import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A unit of the organization; departments form a tree. `children` resolves in department.resolver.ts. */
@ObjectType()
export class Department {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => String, { description: 'Ids from the top down, "/top/…/this/": a subtree is every path with this prefix.' })
  path: string;
  @Field(() => Int, { description: 'Users in this department itself (not its sub-departments), active or not.' }) userCount: number;
  @Field(() => Int) version: number;
}
