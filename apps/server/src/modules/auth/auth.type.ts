import { Field, ObjectType } from 'type-graphql';
import { User } from '../user/user.type.ts';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header; also set as an httpOnly cookie.' }) token: string;
  @Field(() => User) user: User;
  @Field(() => Date) expiresAt: Date;
}
