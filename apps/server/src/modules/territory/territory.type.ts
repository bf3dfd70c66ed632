import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A sales region; territories form a tree.' })
export class Territory {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int) version: number;
}
