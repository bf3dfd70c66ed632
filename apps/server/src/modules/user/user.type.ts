import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';

registerEnumType(Role, { name: 'Role' });

/** A person who signs in: staff or a partner company's user. Relations resolve in user.resolver.ts. */
@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
  @Field(() => Boolean) active: boolean;
  @Field(() => String) locale: string;
  @Field(() => Int, { nullable: true, description: 'Pool claim limit for this user; null uses the default.' }) claimLimit: number | null;
  @Field(() => Date, { nullable: true }) lockedUntil: Date | null;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;

  departmentId: string | null;
  partnerId: string | null;
}

@ObjectType({ description: 'The signed-in user and what they may do.' })
export class Viewer {
  @Field(() => User) user: User;
  @Field(() => [String], { description: 'module:action permissions of the viewer’s role.' }) permissions: string[];
}

export const { Edge: UserEdge, Connection: UserConnection } = connectionTypes(User, 'User');
