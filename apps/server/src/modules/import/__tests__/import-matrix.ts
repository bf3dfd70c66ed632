import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';
import { SIGNED_IN } from '../../../core/auth/auth-checker.ts';

/** The import rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

const FILE = Buffer.from('名称\nMatrix import\n').toString('base64');

export const IMPORT_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  {
    name: 'previewImport', rule: 'customer:import',
    request: async () => ({ query: 'query($f: String!) { previewImport(entity: CUSTOMER, file: $f, fileName: "m.csv") { columns } }', variables: { f: FILE } }),
  },
  {
    name: 'importRecords', rule: 'customer:import',
    request: async () => ({
      query: 'mutation($f: String!) { importRecords(entity: CUSTOMER, file: $f, fileName: "m.csv", mapping: [{ column: "名称", field: "name" }], mode: INSERT_ONLY, dryRun: true) { created } }',
      variables: { f: FILE },
    }),
  },
  // partners get an empty list; everyone else their own batches
  { name: 'importBatches', rule: SIGNED_IN, request: async () => ({ query: '{ importBatches(entity: CUSTOMER) { id } }' }) },
  // a batch id nobody has: NOT_FOUND for every signed-in caller, which the matrix treats as passing the authorization
  { name: 'undoImport', rule: SIGNED_IN, request: async () => ({ query: 'mutation($id: ID!) { undoImport(batchId: $id) { id } }', variables: { id: newId() } }) },
];
