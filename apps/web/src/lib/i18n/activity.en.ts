import type { activityZhCN } from './activity.zh-CN.ts';

/** Activity and calendar texts (English); same keys as activity.zh-CN.ts. */
export const activityEn: typeof activityZhCN = {
  nav: 'Calendar',
  kind: { CALL: 'Call', MEETING: 'Meeting', TASK: 'Task', EMAIL: 'Email' },
  fields: {
    kind: 'Type', subject: 'Subject', description: 'Description', location: 'Location', startAt: 'Starts', endAt: 'Ends', dueAt: 'Due',
    attendeeIds: 'Attendees', owner: 'Owner', when: 'When', done: 'Done',
  },
  section: { title: 'Activities', log: 'Log activity', empty: 'No activities yet', complete: 'Mark done' },
  modal: { title: 'Log activity', save: 'Save', cancel: 'Cancel', attendeesPlaceholder: 'Pick colleagues' },
  overlap: {
    title: 'Schedule conflict',
    body: 'These attendees are already busy at this time:',
    busy: 'Busy',
    anyway: 'Schedule anyway',
  },
  calendar: {
    title: 'Calendar', description: 'Meetings, calls and tasks per person or team.',
    day: 'Day', week: 'Week', month: 'Month', today: 'Today', prev: 'Previous', next: 'Next',
    users: 'People', department: 'Department', me: 'Me', empty: 'Nothing in this period', allDay: 'Tasks',
  },
  reminders: { label: 'Reminders', title: 'Reminders', empty: 'Nothing due', overdue: 'Overdue', due: 'Due {{time}}', starts: 'Starts {{time}}' },
  validation: { afterStart: 'must be after the start', staff: 'must be an active staff user', range: 'must be at most {{days}} days after the start' },
  created: 'Activity logged',
};
