import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsInt, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ContactChannel } from '../../generated/prisma/enums.ts';
import { DeletedFilter, SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { IsId } from '../../core/ids.ts';

export enum ContactSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(ContactSortField, { name: 'ContactSortField' });

@InputType()
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Substring of name, email, phone or mobile.' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => DeletedFilter, { nullable: true, defaultValue: DeletedFilter.ACTIVE }) deleted?: DeletedFilter | null;
}

@InputType()
export class ContactOrder {
  @Field(() => ContactSortField) field: ContactSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class ContactsArgs extends PageArgs {
  @Field(() => ContactFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ContactFilter | null;
  @Field(() => ContactOrder, { nullable: true }) orderBy?: ContactOrder | null;
}


// Registered but never referenced, so type-graphql 2 does not print it: its fields are inherited.
@InputType('ContactFieldsBase')
class ContactFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) title?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @MaxLength(50, { each: true }) roles?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @IsEmail({}, { message: 'must be an email address' }) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) mobile?: string | null;
  @Field(() => ContactChannel, { nullable: true }) preferredChannel?: ContactChannel | null;
  @Field(() => Boolean, { nullable: true }) doNotCall?: boolean | null;
  @Field(() => Boolean, { nullable: true }) doNotEmail?: boolean | null;
  @Field(() => Boolean, { nullable: true }) doNotSms?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field(() => ID) customerId: string;
  @Field(() => String) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) name?: string | null;
}
