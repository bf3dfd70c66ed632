import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { StageKind } from '../../generated/prisma/enums.ts';

@InputType()
export class CreatePipelineStageInput {
  @Field(() => String) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to 100 for WON, 0 for LOST, otherwise required.' })
  @IsOptional() @IsInt() @Min(0, { message: 'must be 0 to 100' }) @Max(100, { message: 'must be 0 to 100' })
  probability?: number | null;
  @Field(() => StageKind, { nullable: true, defaultValue: StageKind.OPEN }) kind?: StageKind | null;
}

@InputType()
export class UpdatePipelineStageInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0, { message: 'must be 0 to 100' }) @Max(100, { message: 'must be 0 to 100' })
  probability?: number | null;
  @Field(() => StageKind, { nullable: true }) kind?: StageKind | null;
  @Field(() => Boolean, { nullable: true, description: 'false deactivates: the stage keeps its deals but takes no new ones.' })
  active?: boolean | null;
}
