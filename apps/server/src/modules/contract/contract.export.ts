import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { contactColumn, createdAtColumn, customerColumn, deletedAtColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The contract list as a file. */
export const contractExport: ListExport = {
  name: 'contracts',
  field: 'contracts',
  permission: 'contract:export',
  title: text('合同', 'Contracts'),
  columns: [
    idColumn,
    { path: 'number', header: text('编号', 'Number') },
    { path: 'title', header: text('标题', 'Title') },
    { path: 'kind', header: text('类型', 'Kind'), format: enumLabels({ SALES: ['销售合同', 'Sales'], SERVICE: ['服务合同', 'Service'] }) },
    {
      path: 'status', header: text('状态', 'Status'),
      format: enumLabels({
        DRAFT: ['草稿', 'Draft'], ACTIVE: ['生效中', 'Active'], EXPIRING: ['即将到期', 'Expiring'], EXPIRED: ['已过期', 'Expired'],
        RENEWED: ['已续约', 'Renewed'], TERMINATED: ['已终止', 'Terminated'],
      }),
    },
    customerColumn,
    contactColumn,
    ownerColumn,
    { path: 'value', header: text('合同金额', 'Value'), format: { kind: 'money' } },
    { path: 'startDate', header: text('开始日期', 'Start date'), format: { kind: 'date' } },
    { path: 'endDate', header: text('结束日期', 'End date'), format: { kind: 'date' } },
    { path: 'signedDate', header: text('签订日期', 'Signed'), format: { kind: 'date' } },
    { path: 'autoRenew', header: text('自动续约', 'Auto-renew'), format: { kind: 'boolean' } },
    { path: 'renewalNoticeDays', header: text('续约提醒天数', 'Renewal notice days'), format: { kind: 'number' } },
    { path: 'terminationReason', header: text('终止原因', 'Termination reason') },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
