import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money/money.type.ts';

/** A product on a deal; when a deal has lines its amount is their total. The product resolves through a loader. */
@ObjectType({ description: 'A product on a deal: quantity × unit price less the line discount.' })
export class OpportunityLineItem {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '0-based order on the deal.' }) position: number;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { description: 'Decimal string > 0, up to 4 decimals.' }) quantity: string;
  @Field(() => Money, { description: 'Per unit, in the deal’s currency.' }) unitPrice: Money;
  @Field(() => String, { description: 'Line discount in percent ("10.00").' }) discountPercent: string;
  @Field(() => Money, { description: 'quantity × unit price less the discount, rounded half-up to cents.' }) total: Money;

  productId: string;
  opportunityId: string;
}
