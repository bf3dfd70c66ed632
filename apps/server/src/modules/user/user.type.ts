import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';

registerEnumType(Role, { name: 'Role' });

/**
 * A person who signs in: staff or a partner company's user. Relations and the personal
 * fields (email, role, lastLoginAt, lockedUntil, claimLimit: admins and the user only,
 * core/access/field-rules.ts) resolve in user.resolver.ts.
 */
@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Boolean) active: boolean;
  @Field(() => String) locale: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;

  email: string;
  role: Role;
  claimLimit: number | null;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  departmentId: string | null;
  partnerId: string | null;
  /** null: the built-in role of `role`. */
  accessRoleId: string | null;
}

@ObjectType({ description: 'The signed-in user and what they may do.' })
export class Viewer {
  @Field(() => User) user: User;
  @Field(() => [String], { description: 'module:action permissions of the viewer’s role.' }) permissions: string[];
}

export const { Edge: UserEdge, Connection: UserConnection } = connectionTypes(User, 'User');
