import type { Role } from '../../generated/prisma/enums.ts';

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
}
