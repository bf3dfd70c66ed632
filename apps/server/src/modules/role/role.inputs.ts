import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { AccessModuleName, VisibilityLevel } from './role.type.ts';

@InputType()
export class ModuleVisibilityInput {
  @Field(() => AccessModuleName) module: AccessModuleName;
  @Field(() => VisibilityLevel) level: VisibilityLevel;
}

@InputType()
export class CreateRoleInput {
  @Field(() => String) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'A role for partner users.' }) forPartners: boolean;
  @Field(() => [String], { description: 'module:action permissions from permissionCatalog.' }) permissions: string[];
  @Field(() => [ModuleVisibilityInput], { defaultValue: [] }) @ValidateNested({ each: true }) visibility: ModuleVisibilityInput[];
}

@InputType()
export class UpdateRoleInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => [String], { nullable: true }) permissions?: string[] | null;
  @Field(() => [ModuleVisibilityInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) visibility?: ModuleVisibilityInput[] | null;
}
