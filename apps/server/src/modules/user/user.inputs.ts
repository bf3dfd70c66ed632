import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Role } from '../../generated/prisma/enums.ts';
import { IsId } from '../../core/ids.ts';

export const MAX_CLAIM_LIMIT = 100_000;

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Substring of name or email.' }) @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true, description: 'Users of this department and its sub-departments.' }) @IsId() departmentId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) after?: string | null;
  @Field(() => UserFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: UserFilter | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) @MaxLength(320) @IsEmail({}, { message: 'must be an email address' }) email: string;
  @Field(() => String) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required for PARTNER users, refused for staff.' }) partnerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A role of their own (roles); omitted or null: the built-in role of `role`.' }) @IsId() accessRoleId?: string | null;
  @Field(() => String, { description: 'The initial password; the same rules as changeMyPassword.' }) password: string;
  @Field(() => String, { nullable: true, description: 'zh-CN or en; zh-CN when omitted.' }) locale?: string | null;
  @Field(() => Int, { nullable: true, description: 'Pool claim limit; null uses the company default.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CLAIM_LIMIT) claimLimit?: number | null;
}

/** Omitted means unchanged; null clears departmentId and claimLimit. */
@InputType()
export class UpdateUserInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true, description: 'A role of their own; null returns them to the built-in role of `role`; omitted keeps it.' }) @IsId() accessRoleId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_CLAIM_LIMIT) claimLimit?: number | null;
  @Field(() => String, { nullable: true }) locale?: string | null;
}
