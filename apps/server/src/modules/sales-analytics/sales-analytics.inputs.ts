import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import { IsId } from '../../core/ids.ts';

@InputType({ description: 'What the sales dashboard covers; record visibility (the viewer’s scope) always applies on top.' })
export class SalesDashboardFilter {
  @Field(() => LocalDateResolver, { description: 'First day of the period (YYYY-MM-DD).' }) from: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the period, inclusive (YYYY-MM-DD).' }) to: string;
  @Field(() => ID, { nullable: true, description: 'Only deals and leads owned by this user.' }) @IsId() ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only deals and leads owned by users of this department or below.' }) @IsId() departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only deals of customers (and leads) in this territory or below.' }) @IsId() territoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'Currency money is shown in; omitted: the base currency.' })
  @IsOptional() @MaxLength(3) currency?: string | null;
}
