import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money/money.type.ts';

@ObjectType({ description: 'A sales region; territories form a tree.' })
export class Territory {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({
  description:
    'A territory with what the viewer may see in it: customers and open pipeline (deals in an OPEN stage, in the base currency), its own and including all territories below it.',
})
export class TerritoryNode extends Territory {
  @Field(() => Int, { description: '0 for a top-level territory.' }) depth: number;
  @Field(() => Int, { description: 'Live customers in this territory the viewer may see.' }) customerCount: number;
  @Field(() => Int, { description: 'customerCount of this territory and every territory below it.' }) totalCustomerCount: number;
  @Field(() => Int) openDealCount: number;
  @Field(() => Int) totalOpenDealCount: number;
  @Field(() => Money, { description: 'Open deals of this territory’s customers, converted into the base currency.' }) openPipeline: Money;
  @Field(() => Money, { description: 'openPipeline of this territory and every territory below it.' }) totalOpenPipeline: Money;
  @Field(() => Int, { description: 'Open deals (own and below) in a currency without a rate: counted, not converted.' }) unconvertedCount: number;
}

@ObjectType({ description: 'The outcome of a bulk territory assignment.' })
export class AssignCustomersResult {
  @Field(() => Int, { description: 'Customers whose territory changed.' }) changedCount: number;
  @Field(() => [ID], { description: 'Every customer now in the territory by this request.' }) customerIds: string[];
}
