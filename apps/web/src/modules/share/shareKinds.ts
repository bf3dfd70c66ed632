import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ContractSharesDocument, CustomerSharesDocument, CustomerTimelineDocument, OpportunitySharesDocument,
  ShareContractDocument, ShareCustomerDocument, ShareOpportunityDocument,
  type RecordShareItemFragment, type ShareRecordInput,
} from '@panorama/schema';
import type { Permission } from '../auth/useViewer.ts';

/** The records that can be shared explicitly. */
export type ShareKind = 'customer' | 'opportunity' | 'contract';

/** What the "Shared with" section needs to know of one kind of record. */
interface ShareKindConfig {
  /** The record's shares (its root field is aliased `record` in share.graphql). */
  query: TypedDocumentNode<{ record: { id: string; shares: RecordShareItemFragment[] } }, { id: string }>;
  /** shareCustomer / shareOpportunity / shareContract (aliased `share`). */
  mutation: TypedDocumentNode<{ share: RecordShareItemFragment }, { input: ShareRecordInput }>;
  /** Sharing needs the right to edit the record. */
  permission: Permission;
  /** Other queries on the same page that show shares (the customer page's timeline). */
  alsoRefetch: DocumentNode[];
}

export const SHARE_KINDS: Record<ShareKind, ShareKindConfig> = {
  customer: { query: CustomerSharesDocument, mutation: ShareCustomerDocument, permission: 'customer:update', alsoRefetch: [CustomerTimelineDocument] },
  opportunity: { query: OpportunitySharesDocument, mutation: ShareOpportunityDocument, permission: 'opportunity:update', alsoRefetch: [] },
  contract: { query: ContractSharesDocument, mutation: ShareContractDocument, permission: 'contract:update', alsoRefetch: [] },
};

/** The colleague's or the department's name. */
export const granteeName = (share: RecordShareItemFragment) => share.user?.name ?? share.department?.name ?? '—';
