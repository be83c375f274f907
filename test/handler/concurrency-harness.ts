/**
 * Events of the `Custom::ConnectRoutingProfileConcurrency` resource, sent to the real provider entry point over
 * the shared `HandlerHarness` (the emulator, the real SDK, a local ResponseURL).
 */
import { CreateRoutingProfileCommand, DescribeRoutingProfileCommand, UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { HandlerHarness, STACK_ID } from './harness';
import { handler } from '../../lambda/provider';
import type { CustomResourceResult } from '../../lambda/shared/cfn-response';
import {
  MediaConcurrencyEntry,
  ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
  RoutingProfileConcurrencySpec,
  SPEC_VERSION,
} from '../../src/private/contract';

/** A profile's media concurrencies as Describe returns them, normalised for comparison. */
export type Concurrencies = Array<{ channel: string; concurrency?: number; crossChannelBehavior?: string }>;

let requestCount = 0;

export class ConcurrencyEvents {
  constructor(private readonly h: HandlerHarness) {}

  /** A spec targeting the default "Basic Routing Profile" by name, with overrides. */
  public spec(overrides: Partial<RoutingProfileConcurrencySpec> = {}): RoutingProfileConcurrencySpec {
    return {
      SpecVersion: SPEC_VERSION,
      InstanceArn: this.h.emulator.instanceArn,
      RoutingProfile: { Name: this.h.defaultProfile.name },
      MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: '5' }],
      RestoreOnRemoval: 'true',
      ...overrides,
    };
  }

  public create(spec: RoutingProfileConcurrencySpec, logicalId = 'Concurrency'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Create', ResourceProperties: spec } as never, logicalId);
  }

  public update(physicalId: string, spec: RoutingProfileConcurrencySpec, old: RoutingProfileConcurrencySpec, logicalId = 'Concurrency'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Update', PhysicalResourceId: physicalId, ResourceProperties: spec, OldResourceProperties: old } as never, logicalId);
  }

  public delete(physicalId: string, spec: RoutingProfileConcurrencySpec, logicalId = 'Concurrency'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: spec } as never, logicalId);
  }

  /** The profile's media concurrencies, read back through the SDK. */
  public async concurrencies(routingProfileId = this.h.defaultProfile.id): Promise<Concurrencies> {
    const ids = { InstanceId: this.h.emulator.instanceId, RoutingProfileId: routingProfileId };
    const out = await this.h.connect.send(new DescribeRoutingProfileCommand(ids));
    return (out.RoutingProfile!.MediaConcurrencies ?? []).map((m) => ({
      channel: m.Channel!,
      ...(m.Concurrency !== undefined ? { concurrency: m.Concurrency } : {}),
      ...(m.CrossChannelBehavior ? { crossChannelBehavior: m.CrossChannelBehavior.BehaviorType } : {}),
    }));
  }

  /** What an administrator does in the console: replaces the profile's concurrency list. */
  public async consoleSetConcurrency(entries: Concurrencies, routingProfileId = this.h.defaultProfile.id): Promise<void> {
    await this.h.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: this.h.emulator.instanceId,
      RoutingProfileId: routingProfileId,
      MediaConcurrencies: entries.map((e) => ({
        Channel: e.channel as never,
        Concurrency: e.concurrency,
        ...(e.crossChannelBehavior ? { CrossChannelBehavior: { BehaviorType: e.crossChannelBehavior as never } } : {}),
      })),
    }));
    await this.h.emulator.control.clearCalls();
  }

  /** A profile someone else made in the console (not by this library: no ownership tag). */
  public async consoleCreateProfile(name: string, entries: Concurrencies): Promise<{ id: string; arn: string }> {
    const out = await this.h.connect.send(new CreateRoutingProfileCommand({
      InstanceId: this.h.emulator.instanceId,
      Name: name,
      Description: name,
      DefaultOutboundQueueId: this.h.queue('BasicQueue').id,
      MediaConcurrencies: entries.map((e) => ({
        Channel: e.channel as never,
        Concurrency: e.concurrency,
        ...(e.crossChannelBehavior ? { CrossChannelBehavior: { BehaviorType: e.crossChannelBehavior as never } } : {}),
      })),
    }));
    await this.h.emulator.control.clearCalls();
    return { id: out.RoutingProfileId!, arn: out.RoutingProfileArn! };
  }

  /** Successful UpdateRoutingProfileConcurrency calls (the only write this resource makes) and every write of any kind. */
  public async writes(): Promise<{ concurrency: number; all: number }> {
    const writes = await this.h.successfulWrites();
    return { concurrency: writes.filter((c) => c.operation === 'UpdateRoutingProfileConcurrency').length, all: writes.length };
  }

  private invoke(partial: Partial<CloudFormationCustomResourceEvent>, logicalId: string): Promise<CustomResourceResult> {
    requestCount++;
    const event = {
      ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider',
      ResponseURL: this.h.responseUrl,
      StackId: STACK_ID,
      RequestId: `concurrency-request-${requestCount}`,
      LogicalResourceId: logicalId,
      ResourceType: ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
      ...partial,
    } as CloudFormationCustomResourceEvent;
    const started = Date.now();
    return handler(event, { getRemainingTimeInMillis: () => 60_000 - (Date.now() - started) });
  }
}

/** A media concurrency entry as CloudFormation delivers it (numbers as strings). */
export function entry(channel: string, concurrency: number, crossChannelBehavior?: string): MediaConcurrencyEntry {
  return { Channel: channel, Concurrency: String(concurrency), ...(crossChannelBehavior ? { CrossChannelBehavior: crossChannelBehavior } : {}) };
}
