import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { createdAtColumn, customerColumn, deletedAtColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The activity list as a file. */
export const activityExport: ListExport = {
  name: 'activities',
  field: 'activities',
  permission: 'activity:export',
  title: text('活动', 'Activities'),
  columns: [
    idColumn,
    { path: 'kind', header: text('类型', 'Kind'), format: enumLabels({ CALL: ['电话', 'Call'], MEETING: ['会议', 'Meeting'], TASK: ['任务', 'Task'], EMAIL: ['邮件', 'Email'] }) },
    { path: 'subject', header: text('主题', 'Subject') },
    ownerColumn,
    customerColumn,
    { path: 'startAt', header: text('开始时间', 'Start'), format: { kind: 'datetime' } },
    { path: 'endAt', header: text('结束时间', 'End'), format: { kind: 'datetime' } },
    { path: 'dueAt', header: text('截止时间', 'Due'), format: { kind: 'datetime' } },
    { path: 'done', header: text('已完成', 'Done'), format: { kind: 'boolean' } },
    { path: 'completedAt', header: text('完成时间', 'Completed'), format: { kind: 'datetime' } },
    { path: 'location', header: text('地点', 'Location') },
    { path: 'description', header: text('描述', 'Description') },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
