import type { Role } from '../../generated/prisma/enums.ts';
import type { AccessModule, Level } from '../access/levels.ts';

/** The signed-in user behind a request. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  partnerId: string | null;
  locale: string;
  sessionId: string;
  /** The permissions of the viewer's role (AccessRole), read on every request: a changed role applies to the next one. */
  permissions: readonly string[];
  /** The role's visibility level per module, where it differs from the user's kind. */
  visibility: Readonly<Partial<Record<AccessModule, Level>>>;
  /** The user's department and those above it (records shared with any of them are visible). */
  departmentIds: readonly string[];
}
