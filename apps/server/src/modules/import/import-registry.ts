import type { ImportDefinition } from '../../core/import/import.types.ts';
import { customerImport } from '../customer/customer.import.ts';

/** Every entity that imports: a new one adds its `<entity>.import.ts` here. */
export const IMPORT_DEFINITIONS: readonly ImportDefinition[] = [customerImport];
