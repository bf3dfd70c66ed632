import type { TestServer } from '../../../test-support/test-server.ts';

/** Documents and helpers shared by the contract API tests. */
export const CONTRACT = `id number kind title status startDate endDate signedDate terms renewalNoticeDays autoRenew version daysLeft
  terminationReason value { amount currency } customer { id } contact { id } owner { id } renewedFrom { id number } renewedBy { id number }
  entitlements { id name quantity used remaining responseHours }`;
export const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { ${CONTRACT} } }`;
export const ACTIVATE = `mutation($id: ID!, $version: Int!, $signedDate: LocalDate) { activateContract(id: $id, version: $version, signedDate: $signedDate) { ${CONTRACT} } }`;
export const TERMINATE = `mutation($id: ID!, $version: Int!, $reason: String!) { terminateContract(id: $id, version: $version, reason: $reason) { ${CONTRACT} } }`;
export const RENEW = `mutation($id: ID!, $input: RenewContractInput!) { renewContract(id: $id, input: $input) { ${CONTRACT} } }`;
export const DELETE = `mutation($id: ID!) { deleteContract(id: $id) { id deletedAt } }`;
export const GET = `query($id: ID!) { contract(id: $id) { ${CONTRACT} } }`;
export const LIST = `query($first: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {
  contracts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number title status endDate value { amount } } } } }`;
export const ADD_ENT = `mutation($id: ID!, $input: EntitlementInput!) { addContractEntitlement(contractId: $id, input: $input) { id name quantity used remaining } }`;
export const UPDATE_ENT = `mutation($id: ID!, $input: UpdateEntitlementInput!) { updateContractEntitlement(id: $id, input: $input) { id name quantity used remaining } }`;
export const ENTITLEMENTS = `query($id: ID!, $on: LocalDate!) { customerEntitlements(customerId: $id, on: $on) { id name quantity used remaining contractNumber } }`;

export const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
export const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

/** Today (UTC) plus `days`, as YYYY-MM-DD. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function ok<T = any>(server: TestServer, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await server.gql(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0] as T;
}
