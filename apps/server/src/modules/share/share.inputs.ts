import { Field, ID, InputType } from 'type-graphql';
import { IsId } from '../../core/ids.ts';

@InputType()
export class ShareRecordInput {
  @Field(() => ID, { description: 'The customer, deal or contract (by the mutation) to share.' }) @IsId() recordId: string;
  @Field(() => ID, { nullable: true, description: 'Share with one user… (exactly one of userId and departmentId).' }) @IsId() userId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or with everyone in a department and its sub-departments.' }) @IsId() departmentId?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Read-write instead of read-only; sharing again changes it.' }) canEdit: boolean;
}
