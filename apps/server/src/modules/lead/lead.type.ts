import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LeadSource, LeadStatus } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';
import { DuplicateMatch } from '../customer/customer.type.ts';

registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(LeadSource, { name: 'LeadSource' });

/** A prospective buyer not yet a customer. Relations resolve in lead-fields.resolver.ts. */
@ObjectType()
export class Lead {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) company: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => LeadSource) source: LeadSource;
  @Field(() => LeadStatus) status: LeadStatus;
  @Field(() => String, { nullable: true, description: 'Why the lead was disqualified.' }) disqualifyReason: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Boolean, { description: 'Unassigned: in the lead pool, visible to every rep.' }) inPool: boolean;
  @Field(() => Date, { nullable: true }) convertedAt: Date | null;
  @Field(() => ID, { nullable: true }) convertedCustomerId: string | null;
  @Field(() => ID, { nullable: true }) convertedContactId: string | null;
  @Field(() => ID, { nullable: true }) convertedOpportunityId: string | null;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  ownerId: string | null;
  territoryId: string | null;
  createdById: string | null;
}

export const { Edge: LeadEdge, Connection: LeadConnection } = connectionTypes(Lead, 'Lead');

@ObjectType()
export class ContactDuplicateMatch {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ID) customerId: string;
  @Field(() => String) customerName: string;
  @Field(() => [String], { description: 'Which fields matched: name, phone, email.' }) matchedOn: string[];
}

@ObjectType()
export class LeadDuplicateMatch {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) company: string | null;
  @Field(() => LeadStatus) status: LeadStatus;
  @Field(() => [String], { description: 'Which fields matched: name, phone, email.' }) matchedOn: string[];
}

@ObjectType({ description: 'Visible records that look like a lead: customers (by company), contacts and other leads.' })
export class LeadDuplicates {
  @Field(() => [DuplicateMatch]) customers: DuplicateMatch[];
  @Field(() => [ContactDuplicateMatch]) contacts: ContactDuplicateMatch[];
  @Field(() => [LeadDuplicateMatch]) leads: LeadDuplicateMatch[];
}

@ObjectType({ description: 'What a conversion made or reused, all in one transaction.' })
export class ConvertLeadResult {
  @Field(() => Lead) lead: Lead;
  @Field(() => Boolean, { description: 'True when an existing customer was reused.' }) customerReused: boolean;

  customerId: string;
  contactId: string;
  opportunityId: string | null;
}

@ObjectType()
export class ImportLeadsResult {
  @Field(() => Int, { description: 'Rows stored (0 on a dry run).' }) created: number;
  @Field(() => Int, { description: 'Valid rows that would be or were stored.' }) valid: number;
  @Field(() => Int, { description: 'Rows skipped because their email repeats in the file or matches an existing lead.' }) skippedDuplicates: number;
  @Field(() => [Int], { description: 'Row numbers (1 = first row after the header) that were skipped as duplicates.' }) skippedRows: number[];
}

export enum AssignmentMode {
  NONE = 'NONE',
  ROUND_ROBIN = 'ROUND_ROBIN',
  TERRITORY = 'TERRITORY',
}
registerEnumType(AssignmentMode, { name: 'LeadAssignmentMode' });

@ObjectType()
export class TerritoryReps {
  @Field(() => ID) territoryId: string;
  @Field(() => [ID]) userIds: string[];
}

@ObjectType({ description: 'How new leads without an owner are assigned.' })
export class LeadAssignmentRule {
  @Field(() => AssignmentMode) mode: AssignmentMode;
  @Field(() => ID, { nullable: true, description: 'Round robin among the active sales reps of this department and its sub-departments; null: all reps.' })
  departmentId: string | null;
  @Field(() => [TerritoryReps], { description: 'TERRITORY mode: the reps of each territory.' }) territoryReps: TerritoryReps[];
}
