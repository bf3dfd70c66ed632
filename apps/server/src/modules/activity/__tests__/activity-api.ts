import type { GqlResult } from '../../../test-support/test-server.ts';

/** Documents and helpers shared by the activity API tests. */
export const ACT = 'id kind subject startAt endAt dueAt done version ownerId customerId opportunityId attendeeIds';
export const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACT} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { ${ACT} } }`;
export const GET = `query($id: ID!) { activity(id: $id) { ${ACT} } }`;
export const LIST = `query($filter: ActivityFilter) { activities(filter: $filter) { totalCount edges { node { id subject } } } }`;
export const CALENDAR = `query($from: DateTime!, $to: DateTime!, $userIds: [ID!], $departmentId: ID) {
  calendar(from: $from, to: $to, userIds: $userIds, departmentId: $departmentId) { id subject } }`;
export const CONFLICTS = `query($s: DateTime!, $e: DateTime!, $ids: [ID!]!, $x: ID) {
  activityConflicts(startAt: $s, endAt: $e, attendeeIds: $ids, excludeId: $x) { userId busy { activityId subject startAt endAt } } }`;

/** 2031-03-<day> at hh:mm UTC, ISO. */
export const at = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2031, 2, day, hh, mm)).toISOString();

export const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions?.code;
export const fieldsOf = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
