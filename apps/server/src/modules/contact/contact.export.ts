import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { createdAtColumn, customerColumn, deletedAtColumn, idColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The contact list as a file. */
export const contactExport: ListExport = {
  name: 'contacts',
  field: 'contacts',
  permission: 'contact:export',
  title: text('联系人', 'Contacts'),
  columns: [
    idColumn,
    { path: 'name', header: text('姓名', 'Name') },
    customerColumn,
    { path: 'title', header: text('职务', 'Title') },
    { path: 'roles', header: text('角色', 'Roles'), format: { kind: 'list' } },
    { path: 'email', header: text('邮箱', 'Email') },
    { path: 'phone', header: text('电话', 'Phone') },
    { path: 'mobile', header: text('手机', 'Mobile') },
    {
      path: 'preferredChannel', header: text('首选渠道', 'Preferred channel'),
      format: enumLabels({ EMAIL: ['邮件', 'Email'], PHONE: ['电话', 'Phone'], SMS: ['短信', 'SMS'], WECHAT: ['微信', 'WeChat'], IN_PERSON: ['面谈', 'In person'] }),
    },
    { path: 'isPrimary', header: text('主要联系人', 'Primary'), format: { kind: 'boolean' } },
    { path: 'doNotCall', header: text('勿电话', 'Do not call'), format: { kind: 'boolean' } },
    { path: 'doNotEmail', header: text('勿邮件', 'Do not email'), format: { kind: 'boolean' } },
    { path: 'doNotSms', header: text('勿短信', 'Do not SMS'), format: { kind: 'boolean' } },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
