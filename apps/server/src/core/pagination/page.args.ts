import { ArgsType, Field, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from './connection.ts';

/** `first` / `after` for nested connections. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25 })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) after?: string | null;
}
