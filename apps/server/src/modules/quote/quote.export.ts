import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { contactColumn, createdAtColumn, customerColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The quote list as a file. */
export const quoteExport: ListExport = {
  name: 'quotes',
  field: 'quotes',
  permission: 'quote:export',
  title: text('报价单', 'Quotes'),
  columns: [
    idColumn,
    { path: 'number', header: text('编号', 'Number') },
    { path: 'title', header: text('标题', 'Title') },
    {
      path: 'status', header: text('状态', 'Status'),
      format: enumLabels({ DRAFT: ['草稿', 'Draft'], SENT: ['已发送', 'Sent'], ACCEPTED: ['已接受', 'Accepted'], REJECTED: ['已拒绝', 'Rejected'], EXPIRED: ['已过期', 'Expired'] }),
    },
    customerColumn,
    { path: 'opportunity.name', header: text('商机', 'Deal') },
    contactColumn,
    ownerColumn,
    { path: 'validUntil', header: text('有效期至', 'Valid until'), format: { kind: 'date' } },
    { path: 'discountPercent', header: text('整单折扣 %', 'Discount %'), format: { kind: 'number' } },
    { path: 'subtotal', header: text('小计', 'Subtotal'), format: { kind: 'money' } },
    { path: 'discountTotal', header: text('折扣', 'Discount'), format: { kind: 'money' } },
    { path: 'taxTotal', header: text('税额', 'Tax'), format: { kind: 'money' } },
    { path: 'total', header: text('总计', 'Total'), format: { kind: 'money' } },
    { path: 'sentAt', header: text('发送时间', 'Sent'), format: { kind: 'datetime' } },
    createdAtColumn,
    updatedAtColumn,
  ],
};
