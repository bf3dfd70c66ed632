import { enumLabels, text, type ListExport } from '../../core/export/export.types.ts';
import { contactColumn, createdAtColumn, customerColumn, idColumn, ownerColumn, updatedAtColumn } from '../../core/export/export-columns.ts';

/** The sales order list as a file. */
export const orderExport: ListExport = {
  name: 'orders',
  field: 'orders',
  permission: 'order:export',
  title: text('销售订单', 'Orders'),
  columns: [
    idColumn,
    { path: 'number', header: text('订单号', 'Number') },
    { path: 'status', header: text('状态', 'Status'), format: enumLabels({ CONFIRMED: ['已确认', 'Confirmed'], FULFILLED: ['已履行', 'Fulfilled'], CANCELLED: ['已取消', 'Cancelled'] }) },
    customerColumn,
    { path: 'opportunity.name', header: text('商机', 'Deal') },
    { path: 'quote.number', header: text('报价单', 'Quote') },
    contactColumn,
    ownerColumn,
    { path: 'orderDate', header: text('下单日期', 'Order date'), format: { kind: 'date' } },
    { path: 'subtotal', header: text('小计', 'Subtotal'), format: { kind: 'money' } },
    { path: 'discountTotal', header: text('折扣', 'Discount'), format: { kind: 'money' } },
    { path: 'taxTotal', header: text('税额', 'Tax'), format: { kind: 'money' } },
    { path: 'total', header: text('总计', 'Total'), format: { kind: 'money' } },
    createdAtColumn,
    updatedAtColumn,
  ],
};
