import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { WebhookDeliveryStatus } from './webhook.type.ts';

@InputType()
export class CreateWebhookInput {
  @Field(() => String, { description: 'http(s) URL the events are POSTed to.' }) @Length(1, 2000, { message: 'must be 1 to 2000 characters' }) url: string;
  @Field(() => [String], { description: '`customer.updated`, `customer.*` or `*` (see webhookEventTypes).' }) @ArrayMaxSize(100) eventTypes: string[];
  @Field(() => [String], { nullable: true, description: 'Send update events only when one of these fields changed.' }) @IsOptional() @ArrayMaxSize(50) onlyFields?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: 'must be at most 200 characters' }) description?: string | null;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 2000, { message: 'must be 1 to 2000 characters' }) url?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) eventTypes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) onlyFields?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: 'must be at most 200 characters' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Turn it on (again) or off; turning on clears the automatic disabling.' }) @IsOptional() active?: boolean | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID) webhookId: string;
  @Field(() => WebhookDeliveryStatus, { nullable: true }) @IsOptional() status?: WebhookDeliveryStatus | null;
}

@ArgsType()
export class ReplayWebhookDeliveriesArgs {
  @Field(() => ID) webhookId: string;
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state (default FAILED).' }) @IsOptional() status?: WebhookDeliveryStatus | null;
  @Field(() => Date, { nullable: true, description: 'Only events since then.' }) @IsOptional() since?: Date | null;
}
