import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContactChannel } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';

registerEnumType(ContactChannel, { name: 'ContactChannel' });

/** A person at a customer. Visible exactly when its customer is. */
@ObjectType()
export class Contact {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String]) roles: string[];
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field(() => ContactChannel, { nullable: true }) preferredChannel: ContactChannel | null;
  @Field(() => Boolean, { description: 'Never call: honoured by every feature that calls.' }) doNotCall: boolean;
  @Field(() => Boolean, { description: 'Never email: honoured by every feature that emails.' }) doNotEmail: boolean;
  @Field(() => Boolean) doNotSms: boolean;
  @Field(() => Boolean) isPrimary: boolean;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  customerId: string;
}

export const { Edge: ContactEdge, Connection: ContactConnection } = connectionTypes(Contact, 'Contact');
