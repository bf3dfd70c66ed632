import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateTerritoryInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => ID, { nullable: true, description: 'Omitted or null: a top-level territory.' }) parentId?: string | null;
}

@InputType()
export class UpdateTerritoryInput {
  @Field(() => String, { nullable: true, description: 'Omitted: unchanged.' }) @IsOptional() @MaxLength(100) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Omitted: unchanged; null: moves it to the top level; never below itself.' }) parentId?: string | null;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
