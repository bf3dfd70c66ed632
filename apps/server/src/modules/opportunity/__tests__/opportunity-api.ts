import type { TestServer } from '../../../test-support/test-server.ts';

/** Documents and helpers shared by the opportunity API tests. */
export const DEAL = `id name version probability expectedCloseDate status closedAt lostReason stageEnteredAt rank
  amount { amount currency } weightedAmount { amount currency } stage { id name kind } owner { id } customer { id } contact { id }`;
export const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${DEAL} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { ${DEAL} } }`;
export const MOVE = `mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { ${DEAL} } }`;
export const GET = `query($id: ID!) { opportunity(id: $id) { ${DEAL}
  stageHistory { secondsInFrom changedAt fromStage { name } toStage { name } changedBy { id } } } }`;
export const LIST = `query($first: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name amount { amount currency } } } } }`;
export const BOARD = `query($filter: OpportunityFilter, $perStage: Int) { opportunityBoard(filter: $filter, perStage: $perStage) {
  columns { stage { id name kind } totalCount totals { amount currency } opportunities { id name rank } } } }`;

export const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  JSON.stringify(res.errors?.[0]?.extensions?.fields ?? res.errors ?? null);

export async function stageIds(server: TestServer, token: string): Promise<Record<string, string>> {
  const res = await server.gql('{ pipelineStages { id name } }', {}, token);
  const ids: Record<string, string> = {};
  for (const s of res.data!.pipelineStages) ids[s.name.split(' ').slice(1).join(' ')] = s.id;
  return ids; // keyed by the English part: Qualification, Needs analysis, Proposal, Negotiation, Won, Lost
}
