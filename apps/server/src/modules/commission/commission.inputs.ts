import { Field, InputType, Int } from 'type-graphql';
import { CommissionMode, Role } from '../../generated/prisma/enums.ts';

@InputType({ description: 'A tier of a plan; tiers are given in increasing fromAmount, the first from 0.' })
export class CommissionTierInput {
  @Field(() => String, { description: 'Decimal string ≥ 0, at most two decimals.' }) fromAmount: string;
  @Field(() => String, { description: 'Decimal string from 0 to 100, at most two decimals.' }) ratePercent: string;
}

@InputType()
export class CreateCommissionPlanInput {
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
  @Field(() => String, { description: 'ISO 4217 code of a currency that has an exchange rate (or is the base currency).' }) currency: string;
  @Field(() => CommissionMode, { nullable: true, description: 'Default MARGINAL.' }) mode?: CommissionMode | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true; activating a plan deactivates the role’s other active plan.' }) active?: boolean | null;
  @Field(() => [CommissionTierInput]) tiers: CommissionTierInput[];
}

@InputType()
export class UpdateCommissionPlanInput {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => CommissionMode, { nullable: true }) mode?: CommissionMode | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => [CommissionTierInput], { nullable: true, description: 'Replaces all tiers when given.' }) tiers?: CommissionTierInput[] | null;
}
