import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { contactColumn, createdAtColumn, customerColumn, deletedAtColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The deal list as a file. */
export const opportunityExport: ListExport = {
  name: 'opportunities',
  field: 'opportunities',
  permission: 'opportunity:export',
  title: text('商机', 'Opportunities'),
  columns: [
    idColumn,
    { path: 'name', header: text('商机名称', 'Name') },
    customerColumn,
    contactColumn,
    ownerColumn,
    { path: 'stage.name', header: text('阶段', 'Stage') },
    { path: 'status', header: text('状态', 'Status'), format: enumLabels({ OPEN: ['进行中', 'Open'], WON: ['赢单', 'Won'], LOST: ['输单', 'Lost'] }) },
    { path: 'amount', header: text('金额', 'Amount'), format: { kind: 'money' } },
    { path: 'probability', header: text('赢率', 'Probability'), format: { kind: 'number' } },
    { path: 'weightedAmount', header: text('加权金额', 'Weighted amount'), format: { kind: 'money' } },
    { path: 'expectedCloseDate', header: text('预计成交日期', 'Expected close'), format: { kind: 'date' } },
    { path: 'source', header: text('来源', 'Source') },
    { path: 'competitors', header: text('竞争对手', 'Competitors'), format: { kind: 'list' } },
    { path: 'lostReason', header: text('输单原因', 'Lost reason') },
    { path: 'closedAt', header: text('关闭时间', 'Closed'), format: { kind: 'datetime' } },
    createdAtColumn,
    updatedAtColumn,
    deletedAtColumn,
  ],
};
