import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { ActivityKind } from './activity.type.ts';
import { IsId } from '../../core/ids.ts';

@InputType()
export class ActivityFilter {
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() opportunityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() leadId?: string | null;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
  @Field(() => Boolean, { nullable: true }) done?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Starts or is due at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Starts or is due before.' }) to?: Date | null;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ActivityFilter | null;
}

@ArgsType()
export class CalendarArgs {
  @Field(() => Date) from: Date;
  @Field(() => Date, { description: 'Exclusive; at most 62 days after from.' }) to: Date;
  @Field(() => [ID], { nullable: true, description: 'Default: the viewer. Each must be in the viewer’s scope.' })
  @IsOptional() @ArrayMaxSize(100) userIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The visible members of this department.' }) departmentId?: string | null;
}

@ArgsType()
export class ConflictsArgs {
  @Field(() => Date) startAt: Date;
  @Field(() => Date) endAt: Date;
  @Field(() => [ID]) @ArrayMaxSize(50) attendeeIds: string[];
  @Field(() => ID, { nullable: true, description: 'The activity being edited, not a conflict with itself.' }) excludeId?: string | null;
}

@InputType()
export class CreateActivityInput {
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => String) @Length(1, 200) subject: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) location?: string | null;
  @Field(() => Date, { nullable: true }) startAt?: Date | null;
  @Field(() => Date, { nullable: true }) endAt?: Date | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Date, { nullable: true }) remindAt?: Date | null;
  @Field(() => [ID], { nullable: true, description: 'Besides the owner (meetings and calls).' }) @IsOptional() @ArrayMaxSize(50) attendeeIds?: string[] | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) opportunityId?: string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Schedule even when an attendee is busy.' }) allowOverlap?: boolean | null;
}

@InputType()
export class UpdateActivityInput {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) subject?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) location?: string | null;
  @Field(() => Date, { nullable: true }) startAt?: Date | null;
  @Field(() => Date, { nullable: true }) endAt?: Date | null;
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
  @Field(() => Date, { nullable: true }) remindAt?: Date | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) attendeeIds?: string[] | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) opportunityId?: string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => Boolean, { nullable: true }) allowOverlap?: boolean | null;
}
