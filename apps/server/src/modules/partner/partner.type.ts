import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partner company (reseller, service partner); its users sign in to the portal.' })
export class Partner {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}
