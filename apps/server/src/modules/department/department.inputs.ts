import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length } from 'class-validator';

@InputType()
export class CreateDepartmentInput {
  @Field(() => String) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
  @Field(() => ID, { nullable: true, description: 'Omitted or null: a top-level department.' }) parentId?: string | null;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Moves the department (and its subtree); null makes it top-level, omitted keeps it.' })
  parentId?: string | null;
}
