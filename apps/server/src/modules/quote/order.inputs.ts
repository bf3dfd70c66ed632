import { ArgsType, Field, ID, Int, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { OrderStatus } from './order.type.ts';
import { IsId } from '../../core/ids.ts';

export enum OrderSortField {
  ORDER_DATE = 'orderDate',
  CREATED_AT = 'createdAt',
  TOTAL = 'total',
  NUMBER = 'number',
}
registerEnumType(OrderSortField, { name: 'OrderSortField' });

@InputType()
export class OrderFilter {
  @Field(() => ID, { nullable: true }) @IsId() opportunityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => OrderStatus, { nullable: true }) status?: OrderStatus | null;
  @Field(() => String, { nullable: true, description: 'Substring of the order number.' }) @IsOptional() @MaxLength(100) search?: string | null;
}

@InputType()
export class OrderOrder {
  @Field(() => OrderSortField) field: OrderSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class OrdersArgs extends PageArgs {
  @Field(() => OrderFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: OrderFilter | null;
  @Field(() => OrderOrder, { nullable: true }) orderBy?: OrderOrder | null;
}

@ArgsType()
export class OrderTransitionArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version the client last saw.' }) version: number;
}
