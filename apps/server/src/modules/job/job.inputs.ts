import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../core/pagination/connection.ts';
import { JobStatus } from './job.type.ts';

@InputType()
export class JobFilter {
  @Field(() => JobStatus, { nullable: true }) @IsOptional() status?: JobStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) task?: string | null;
}

@ArgsType()
export class JobsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25 }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) after?: string | null;
  @Field(() => JobFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: JobFilter | null;
}
