import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { IsId } from '../../core/ids.ts';

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Who made the change.' }) @IsId() actorId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) entity?: string | null;
  @Field(() => ID, { nullable: true, description: 'One record; usually given with entity.' }) @IsOptional() @MaxLength(200) entityId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this instant, inclusive.' }) to?: Date | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) after?: string | null;
  @Field(() => AuditFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: AuditFilter | null;
}
