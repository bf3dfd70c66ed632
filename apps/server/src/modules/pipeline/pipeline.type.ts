import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StageKind } from '../../generated/prisma/enums.ts';

registerEnumType(StageKind, { name: 'StageKind', description: 'OPEN stages are in progress; WON and LOST close the deal.' });

/** A step of the sales pipeline, configured by admins (§4 Administration). */
@ObjectType()
export class PipelineStage {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Order on the board, from 1.' }) position: number;
  @Field(() => Int, { description: 'Default win probability (0–100) a deal takes when it enters the stage.' }) probability: number;
  @Field(() => StageKind) kind: StageKind;
  @Field(() => Boolean, { description: 'Inactive stages keep their deals but accept no new ones.' }) active: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}
