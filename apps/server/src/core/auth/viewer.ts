import type { Role } from '../../generated/prisma/enums.ts';
import type { AccessModule, Level } from '../access/levels.ts';

/** The signed-in user behind a request: through a session (password sign-in) or an API key acting as its owner. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  partnerId: string | null;
  locale: string;
  /** The session the request signed in with; null when an API key authenticated it. */
  sessionId: string | null;
  /** The API key the request authenticated with (its permissions are the key's scopes within the role's); null for a session. */
  apiKeyId: string | null;
  /**
   * The permissions of the viewer's role (AccessRole), read on every request: a changed role applies to the next one.
   * For an API key: its scopes that the role still grants.
   */
  permissions: readonly string[];
  /** The role's visibility level per module, where it differs from the user's kind. */
  visibility: Readonly<Partial<Record<AccessModule, Level>>>;
  /** The user's department and those above it (records shared with any of them are visible). */
  departmentIds: readonly string[];
  /** Records shared with the user or a department they belong to, by kind (read with the session). */
  shared: SharedIds;
}

export interface SharedIds {
  customer: readonly string[];
  opportunity: readonly string[];
  contract: readonly string[];
}
