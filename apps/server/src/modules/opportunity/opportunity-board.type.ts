import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money/money.type.ts';
import { PipelineStage } from '../pipeline/pipeline.type.ts';
import { Opportunity } from './opportunity.type.ts';

/** One kanban column: a stage, what the viewer may see in it, and its first cards. */
@ObjectType()
export class BoardColumn {
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => Int, { description: 'Visible live deals in the stage matching the filter.' }) totalCount: number;
  @Field(() => [Money], { description: 'Sum of their amounts per currency (not converted), largest first.' }) totals: Money[];
  @Field(() => [Opportunity], { description: 'The first `perStage` deals by board order.' }) opportunities: Opportunity[];
}

@ObjectType()
export class OpportunityBoard {
  @Field(() => [BoardColumn], { description: 'Active stages in order, plus inactive ones that still hold visible deals.' })
  columns: BoardColumn[];
}
