import { AppError, badInput, forbidden } from '../errors/app-error.ts';
import { EXPORT_LOCALES } from './export.types.ts';

export const unknownList = (name: string, known: readonly string[]) =>
  new AppError('NOT_FOUND', `There is no list "${name}" to export; lists: ${known.join(', ')}`, { entity: 'ExportList' });
export const badFormat = () => badInput('format', 'must be csv or xlsx');
export const badLocale = () => badInput('locale', `must be one of ${EXPORT_LOCALES.join(', ')}`);
export const badFilterJson = () => badInput('filter', 'must be a JSON object of the list\'s arguments');
export const unknownArgument = (key: string, known: readonly string[]) =>
  badInput(`filter.${key}`, `is not an argument of this list; it takes ${known.join(', ') || 'none'}`);
export const exportForbidden = (permission: string) => forbidden(`Exporting this list needs the ${permission} permission`);
/** Cookie-authenticated exports must come from the app's own scripts (a header a cross-site link or form cannot send). */
export const csrfHeaderMissing = () => forbidden('Send the X-Requested-With header with a cookie-authenticated export');
