import { conflict, forbidden, notFound } from '../../core/errors/app-error.ts';

export const importBatchNotFound = () => notFound('ImportBatch');
export const importForbidden = (entity: string) => forbidden(`You may not import ${entity.toLowerCase()} records`);
export const importAlreadyUndone = () => conflict('This import was already undone', { reason: 'IMPORT_ALREADY_UNDONE' });
/** Undo refuses when any record of the batch changed after the import: it would overwrite someone's work. */
export const importRecordsChanged = (recordIds: string[]) =>
  conflict(`${recordIds.length} record(s) of this import changed since; undo would overwrite those changes`, { reason: 'IMPORT_RECORDS_CHANGED', recordIds: recordIds.slice(0, 100) });
