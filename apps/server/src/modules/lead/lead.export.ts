import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { createdAtColumn, deletedAtColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The lead list as a file. */
export const leadExport: ListExport = {
  name: 'leads',
  field: 'leads',
  permission: 'lead:export',
  title: text('线索', 'Leads'),
  columns: [
    idColumn,
    { path: 'name', header: text('姓名', 'Name') },
    { path: 'company', header: text('公司', 'Company') },
    { path: 'title', header: text('职务', 'Title') },
    { path: 'email', header: text('邮箱', 'Email') },
    { path: 'phone', header: text('电话', 'Phone') },
    {
      path: 'source', header: text('来源', 'Source'),
      format: enumLabels({
        WEB_FORM: ['网站表单', 'Web form'], IMPORT: ['导入', 'Import'], CAMPAIGN: ['市场活动', 'Campaign'], REFERRAL: ['转介绍', 'Referral'],
        EVENT: ['展会活动', 'Event'], API: ['接口', 'API'], OTHER: ['其他', 'Other'],
      }),
    },
    {
      path: 'status', header: text('状态', 'Status'),
      format: enumLabels({ NEW: ['新线索', 'New'], WORKING: ['跟进中', 'Working'], QUALIFIED: ['已认定', 'Qualified'], DISQUALIFIED: ['不合格', 'Disqualified'], CONVERTED: ['已转化', 'Converted'] }),
    },
    ownerColumn,
    { path: 'inPool', header: text('在公海中', 'In pool'), format: { kind: 'boolean' } },
    { path: 'territory.name', header: text('区域', 'Territory') },
    { path: 'disqualifyReason', header: text('不合格原因', 'Disqualify reason') },
    { path: 'description', header: text('描述', 'Description') },
    { path: 'convertedAt', header: text('转化时间', 'Converted'), format: { kind: 'datetime' } },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
