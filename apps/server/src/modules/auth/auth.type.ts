import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.type.ts';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header; also set as an httpOnly cookie.' }) token: string;
  @Field(() => User) user: User;
  @Field(() => Date) expiresAt: Date;
}

export interface SessionInfo {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

@ObjectType({ description: 'A place where the viewer is signed in (a browser or a script holding a token).' })
export class Session implements SessionInfo {
  @Field(() => ID) id: string;
  @Field(() => Date, { description: 'When it signed in.' }) createdAt: Date;
  @Field(() => Date, { description: 'Last request, to within 5 minutes.' }) lastSeenAt: Date;
  @Field(() => Date) expiresAt: Date;
  @Field(() => String, { nullable: true, description: 'The User-Agent it signed in with.' }) userAgent: string | null;
  @Field(() => String, { nullable: true, description: 'The client address it signed in from.' }) ip: string | null;
  @Field(() => Boolean, { description: 'The session of this request.' }) current: boolean;
}
