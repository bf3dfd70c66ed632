import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. “ERP sync”.' }) @Length(1, 100, { message: 'must be 1 to 100 characters' }) name: string;
  @Field(() => [String], { description: 'module:action permissions, each one the caller holds (me.permissions).' })
  @ArrayMaxSize(200)
  scopes: string[];
  @Field(() => Date, { nullable: true, description: 'In the future and at most a year away; default 90 days from now.' })
  @IsOptional()
  expiresAt?: Date | null;
}
