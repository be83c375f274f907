import * as http from 'http';
import { AddressInfo } from 'net';
import {
  ConnectClient,
  DescribeRoutingProfileCommand,
  ListRoutingProfileManualAssignmentQueuesCommand,
  ListRoutingProfileQueuesCommand,
  ListRoutingProfilesCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { CallRecord, startEmulator, RunningEmulator, ThrottleOptions } from '../../emulator';
import { handler } from '../../lambda/provider';
import type { CustomResourceResult } from '../../lambda/shared/cfn-response';
import {
  ProviderEnv,
  RoutingProfileLookupSpec,
  RoutingProfileSpec,
  ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE,
  ROUTING_PROFILE_RESOURCE_TYPE,
  SPEC_VERSION,
} from '../../src/private/contract';

/** Every Connect operation that changes state (what "write calls" counts). */
export const WRITE_OPERATIONS: ReadonlySet<string> = new Set([
  'CreateRoutingProfile',
  'DeleteRoutingProfile',
  'AssociateRoutingProfileQueues',
  'DisassociateRoutingProfileQueues',
  'UpdateRoutingProfileQueues',
  'UpdateRoutingProfileConcurrency',
  'UpdateRoutingProfileName',
  'UpdateRoutingProfileDefaultOutboundQueue',
  'UpdateRoutingProfileAgentAvailabilityTimer',
  'TagResource',
  'UntagResource',
  'UpdateUserRoutingProfile',
  'UpdateContactRoutingData',
]);

export const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/ContactCenter/0f4b1c2e-0000-4000-8000-000000000000';

export interface HarnessOptions {
  /** `true` = Connect's documented rates (2/s, burst 5 per API). Default off. */
  readonly throttle?: boolean | ThrottleOptions;
  /** Extra standard queues (`Extra01`, `Extra02`, …) seeded with fixed ids, and seeded again on every reset. */
  readonly extraQueues?: number;
}

/** How the stand-in for CloudFormation's S3 URL fails one upload: with an HTTP status, or by closing the connection. */
export type ResponseFault = number | 'drop';

export interface InvokeOptions {
  readonly logicalId?: string;
  /** What the fake Lambda context reports as remaining time (the handler keeps 15 s of it back). */
  readonly remainingMs?: number;
  readonly stackId?: string;
}

/** A routing profile as read back through the SDK, normalised for comparison. */
export interface LiveRead {
  readonly arn: string;
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueueId: string;
  readonly mediaConcurrencies: Array<{ channel: string; concurrency: number; crossChannelBehavior?: string }>;
  readonly queueConfigs: Array<{ queueId: string; channel: string; priority: number; delay: number }>;
  readonly manualAssignmentQueues: Array<{ queueId: string; channel: string }>;
  readonly agentAvailabilityTimer?: string;
  readonly tags: Record<string, string>;
  readonly isDefault: boolean;
}

/**
 * The handler under test, run for real: the Connect SDK over HTTP to the emulator, and CloudFormation's
 * response PUT to a local server standing in for the pre-signed S3 URL.
 */
export class HandlerHarness {
  public static async start(options: HarnessOptions = {}): Promise<HandlerHarness> {
    const emulator = await startEmulator({ port: 0, throttle: options.throttle ?? false, log: () => undefined });
    const bodies: string[] = [];
    const responseFaults: ResponseFault[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        const fault = responseFaults.shift();
        if (fault === 'drop') {
          res.socket?.destroy();
        } else if (fault !== undefined) {
          res.writeHead(fault);
          res.end();
        } else {
          bodies.push(body);
          res.writeHead(200);
          res.end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // A path shaped like a pre-signed S3 URL, so a leak into the logs is unmistakable.
    const responseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cfn-response-bucket/signed?X-Amz-Signature=secret-signature-0123`;
    process.env[ProviderEnv.CONNECT_ENDPOINT] = emulator.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'test';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    const harness = new HandlerHarness(emulator, server, responseUrl, bodies, responseFaults, options.extraQueues ?? 0);
    await harness.seedExtraQueues();
    return harness;
  }

  public readonly connect: ConnectClient;
  private requestCount = 0;

  private constructor(
    public readonly emulator: RunningEmulator,
    private readonly server: http.Server,
    /** The ResponseURL every event carries; it must never reach the logs. */
    public readonly responseUrl: string,
    /** Every raw response body the handler PUT to the ResponseURL and the server accepted, in order. */
    public readonly responseBodies: string[],
    private readonly responseFaults: ResponseFault[],
    private readonly extraQueueCount: number,
  ) {
    this.connect = new ConnectClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
  }

  /** The next response uploads fail, one fault each, in order: an HTTP status, or a connection closed without an answer. */
  public failNextResponses(...faults: ResponseFault[]): void {
    this.responseFaults.push(...faults);
  }

  /** Every response body the handler sent, parsed. */
  public get responses(): Array<Record<string, unknown>> {
    return this.responseBodies.map((b) => JSON.parse(b));
  }

  /** Back to the emulator's start state (extra queues seeded again with the same ids), no calls logged. */
  public async reset(): Promise<void> {
    this.responseFaults.length = 0;
    await this.emulator.control.reset();
    await this.seedExtraQueues();
    await this.emulator.control.clearCalls();
  }

  /** A standard queue of the default instance by name (seeded or extra). */
  public queue(name: string): { id: string; arn: string } {
    if (/^Extra\d+$/.test(name)) {
      const id = extraQueueId(Number(name.slice(5)));
      return { id, arn: `${this.emulator.instanceArn}/queue/${id}` };
    }
    const q = this.emulator.seed.queues.find((s) => s.name === name);
    if (!q) throw new Error(`no seeded queue ${name}`);
    return { id: q.id, arn: q.arn };
  }

  /** Names of every standard queue: the six seeded ones, then the extra ones. */
  public queueNames(): string[] {
    return [
      ...this.emulator.seed.queues.map((q) => q.name),
      ...Array.from({ length: this.extraQueueCount }, (_, i) => extraQueueName(i + 1)),
    ];
  }

  public get defaultProfile(): { id: string; arn: string; name: string } {
    return this.emulator.seed.routingProfiles.find((p) => p.isDefault)!;
  }

  /** A spec for the emulator's default instance, with overrides. */
  public spec(overrides: Partial<RoutingProfileSpec> = {}): RoutingProfileSpec {
    return {
      SpecVersion: SPEC_VERSION,
      InstanceArn: this.emulator.instanceArn,
      Name: 'Support',
      Description: 'Support agents',
      DefaultOutboundQueue: { Id: this.queue('BasicQueue').id },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }],
      RemovalPolicy: 'destroy',
      AdoptExisting: 'false',
      ...overrides,
    };
  }

  public create(spec: RoutingProfileSpec, options: InvokeOptions = {}): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Create', ResourceProperties: spec } as never, options);
  }

  public update(physicalId: string, spec: RoutingProfileSpec, old: RoutingProfileSpec, options: InvokeOptions = {}): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Update', PhysicalResourceId: physicalId, ResourceProperties: spec, OldResourceProperties: old } as never, options);
  }

  public delete(physicalId: string, spec: RoutingProfileSpec, options: InvokeOptions = {}): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: spec } as never, options);
  }

  /** A Create of the lookup resource type (`RoutingProfile.fromRoutingProfileName`). */
  public lookup(name: string, options: InvokeOptions = {}): Promise<CustomResourceResult> {
    const properties: RoutingProfileLookupSpec = { InstanceArn: this.emulator.instanceArn, Name: name };
    return this.invoke({ RequestType: 'Create', ResourceType: ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE, ResourceProperties: properties } as never, options);
  }

  /** Every Connect call the emulator logged (throttled and failed ones included). */
  public calls(): Promise<CallRecord[]> {
    return this.emulator.control.calls();
  }

  /** Every logged call of a write operation, throttled and failed attempts included. */
  public async writeCalls(): Promise<CallRecord[]> {
    return (await this.calls()).filter((c) => WRITE_OPERATIONS.has(c.operation));
  }

  /** Write calls answered with success (2xx; a dropped connection, status 0, is no success even if it was applied). */
  public async successfulWrites(): Promise<CallRecord[]> {
    return (await this.writeCalls()).filter((c) => c.outcome.error === undefined && c.outcome.status < 300);
  }

  /** Reads a profile back through the SDK, every page; undefined when it does not exist. */
  public async readProfile(routingProfileId: string, instanceId = this.emulator.instanceId): Promise<LiveRead | undefined> {
    const ids = { InstanceId: instanceId, RoutingProfileId: routingProfileId };
    let described;
    try {
      described = (await this.connect.send(new DescribeRoutingProfileCommand(ids))).RoutingProfile!;
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
    const queueConfigs: LiveRead['queueConfigs'] = [];
    let token: string | undefined;
    do {
      const page = await this.connect.send(new ListRoutingProfileQueuesCommand({ ...ids, MaxResults: 100, NextToken: token }));
      for (const q of page.RoutingProfileQueueConfigSummaryList ?? []) {
        queueConfigs.push({ queueId: q.QueueId!, channel: q.Channel!, priority: q.Priority!, delay: q.Delay! });
      }
      token = page.NextToken;
    } while (token);
    const manualAssignmentQueues: LiveRead['manualAssignmentQueues'] = [];
    do {
      const page = await this.connect.send(new ListRoutingProfileManualAssignmentQueuesCommand({ ...ids, MaxResults: 100, NextToken: token }));
      for (const q of page.RoutingProfileManualAssignmentQueueConfigSummaryList ?? []) {
        manualAssignmentQueues.push({ queueId: q.QueueId!, channel: q.Channel! });
      }
      token = page.NextToken;
    } while (token);
    const tags = (await this.connect.send(new ListTagsForResourceCommand({ resourceArn: described.RoutingProfileArn! }))).tags ?? {};
    return {
      arn: described.RoutingProfileArn!,
      name: described.Name!,
      description: described.Description!,
      defaultOutboundQueueId: described.DefaultOutboundQueueId!,
      mediaConcurrencies: (described.MediaConcurrencies ?? []).map((m) => ({
        channel: m.Channel!,
        concurrency: m.Concurrency!,
        ...(m.CrossChannelBehavior?.BehaviorType ? { crossChannelBehavior: m.CrossChannelBehavior.BehaviorType } : {}),
      })),
      queueConfigs: queueConfigs.sort(byPair),
      manualAssignmentQueues: manualAssignmentQueues.sort(byPair),
      agentAvailabilityTimer: described.AgentAvailabilityTimer,
      tags,
      isDefault: described.IsDefault ?? false,
    };
  }

  /** Names of every routing profile in an instance. */
  public async profileNames(instanceId = this.emulator.instanceId): Promise<string[]> {
    const out = await this.connect.send(new ListRoutingProfilesCommand({ InstanceId: instanceId, MaxResults: 1000 }));
    return (out.RoutingProfileSummaryList ?? []).map((p) => p.Name!);
  }

  private async invoke(partial: Partial<CloudFormationCustomResourceEvent>, options: InvokeOptions): Promise<CustomResourceResult> {
    this.requestCount++;
    const remainingMs = options.remainingMs ?? 60_000;
    const event = {
      ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider',
      ResponseURL: this.responseUrl,
      StackId: options.stackId ?? STACK_ID,
      RequestId: `request-${this.requestCount}`,
      LogicalResourceId: options.logicalId ?? 'Profile',
      ResourceType: ROUTING_PROFILE_RESOURCE_TYPE,
      ...partial,
    } as CloudFormationCustomResourceEvent;
    const started = Date.now();
    return handler(event, { getRemainingTimeInMillis: () => remainingMs - (Date.now() - started) });
  }

  private async seedExtraQueues(): Promise<void> {
    if (this.extraQueueCount === 0) return;
    await this.emulator.control.seed({
      queues: Array.from({ length: this.extraQueueCount }, (_, i) => ({ name: extraQueueName(i + 1), id: extraQueueId(i + 1) })),
    });
  }

  public async close(): Promise<void> {
    this.connect.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.emulator.close();
  }
}

function extraQueueName(n: number): string {
  return `Extra${String(n).padStart(2, '0')}`;
}

function extraQueueId(n: number): string {
  return `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
}

function byPair(a: { queueId: string; channel: string }, b: { queueId: string; channel: string }): number {
  return a.queueId < b.queueId ? -1 : a.queueId > b.queueId ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0;
}
