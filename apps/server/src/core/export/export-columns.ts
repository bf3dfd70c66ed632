import { text, type ExportColumn } from './export.types.ts';

/** Columns many lists share. The id first: what an import matches rows on. */
export const idColumn: ExportColumn = { path: 'id', header: text('ID', 'ID') };
export const ownerColumn: ExportColumn = { path: 'owner.name', header: text('负责人', 'Owner') };
export const customerColumn: ExportColumn = { path: 'customer.name', header: text('客户', 'Customer') };
export const contactColumn: ExportColumn = { path: 'contact.name', header: text('联系人', 'Contact') };
export const createdAtColumn: ExportColumn = { path: 'createdAt', header: text('创建时间', 'Created'), format: { kind: 'datetime' } };
export const updatedAtColumn: ExportColumn = { path: 'updatedAt', header: text('更新时间', 'Updated'), format: { kind: 'datetime' } };
export const deletedAtColumn: ExportColumn = { path: 'deletedAt', header: text('删除时间', 'Deleted'), format: { kind: 'datetime' } };
