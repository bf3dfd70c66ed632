import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../core/pagination/connection.ts';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING until the receiver answers 2xx (SUCCEEDED) or every retry over about a day has failed (FAILED).',
});

@ObjectType({ description: 'A webhook: events of the chosen types about records its owner may read, POSTed signed (Standard Webhooks) to its URL.' })
export class WebhookSubscription {
  @Field(() => ID) id: string;
  @Field(() => String) url: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String], { description: 'Event types: `customer.updated`, `customer.*` or `*`.' }) eventTypes: string[];
  @Field(() => [String], { description: 'When not empty, update events are sent only if one of these fields changed.' }) onlyFields: string[];
  @Field(() => Boolean) active: boolean;
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was turned off: by a person, or automatically after a day of failed deliveries.' }) disabledReason: string | null;
  @Field(() => Date, { nullable: true, description: 'Until then the previous secret also signs every delivery (after a rotation).' }) previousSecretUntil: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  ownerId: string;
}

@ObjectType({ description: 'A webhook with its signing secret, shown at creation and after a rotation only.' })
export class WebhookWithSecret {
  @Field(() => String, { description: 'The signing secret (whsec_…), for a Standard Webhooks verifier. Store it now.' }) secret: string;
  @Field(() => WebhookSubscription) webhook: WebhookSubscription;
}

@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field(() => Int, { nullable: true, description: 'The receiver’s status code; null when it did not answer.' }) statusCode: number | null;
  @Field(() => Int) durationMs: number;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType({ description: 'One event for one webhook, and where its delivery stands.' })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The event’s id: the `webhook-id` header of every attempt and replay.' }) eventId: string;
  @Field(() => String) eventType: string;
  @Field(() => ID) entityId: string;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while PENDING.' }) nextAttemptAt: Date | null;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => Int, { nullable: true }) lastDurationMs: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { description: 'The JSON body sent.' }) payload: string;

  subscriptionId: string;
}

export const { Edge: WebhookSubscriptionEdge, Connection: WebhookSubscriptionConnection } = connectionTypes(WebhookSubscription, 'WebhookSubscription');
export const { Edge: WebhookDeliveryEdge, Connection: WebhookDeliveryConnection } = connectionTypes(WebhookDelivery, 'WebhookDelivery');
