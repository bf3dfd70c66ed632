import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money/money.type.ts';
import { Territory } from '../territory/territory.type.ts';

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
