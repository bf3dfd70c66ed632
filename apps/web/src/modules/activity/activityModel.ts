import type { ActivityItemFragment } from '@panorama/schema';

export type ActivityKindValue = ActivityItemFragment['kind'];
export const KINDS: ActivityKindValue[] = ['MEETING', 'CALL', 'TASK', 'EMAIL'] as ActivityKindValue[];
export const KIND_COLORS: Record<string, string> = { MEETING: 'indigo', CALL: 'teal', TASK: 'orange', EMAIL: 'gray' };

export const isTimed = (kind: string) => kind === 'MEETING' || kind === 'CALL';

/** When an activity happens on the calendar: its start (meetings, calls, emails) or its due time (tasks). */
export const activityAt = (a: { startAt?: unknown; dueAt?: unknown }): Date | null => {
  const v = (a.startAt ?? a.dueAt) as string | null | undefined;
  return v ? new Date(v) : null;
};

/** One attendee's busy spans from a CONFLICT / OVERLAP answer. */
export interface OverlapConflict {
  userId: string;
  busy: { activityId: string | null; subject: string | null; startAt: string; endAt: string }[];
}

export function overlapConflicts(extensions: Record<string, unknown>): OverlapConflict[] | null {
  if (extensions.code !== 'CONFLICT' || extensions.reason !== 'OVERLAP' || !Array.isArray(extensions.conflicts)) return null;
  return extensions.conflicts as OverlapConflict[];
}
