import * as http from 'http';
import { AddressInfo } from 'net';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { ConnectClient } from '@aws-sdk/client-connect';
import { ProviderEnv, RoutingProfileSpec, ROUTING_PROFILE_RESOURCE_TYPE, SPEC_VERSION } from '../../src/private/contract';
import { startEmulator, RunningEmulator } from '../../emulator';
import { handler } from '../../lambda/routing-profile';
import type { CustomResourceResult } from '../../lambda/shared/cfn-response';

/**
 * The handler under test, run for real: the Connect SDK over HTTP to the emulator, and CloudFormation's
 * response PUT to a local server standing in for the pre-signed S3 URL.
 */
export class HandlerHarness {
  public static async start(options: { throttle?: boolean } = {}): Promise<HandlerHarness> {
    const emulator = await startEmulator({ port: 0, throttle: options.throttle ?? false, log: () => undefined });
    const responses: Array<Record<string, unknown>> = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        responses.push(JSON.parse(body));
        res.writeHead(200);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const responseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response`;
    process.env[ProviderEnv.CONNECT_ENDPOINT] = emulator.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'test';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    return new HandlerHarness(emulator, server, responseUrl, responses);
  }

  public readonly connect: ConnectClient;
  private requestCount = 0;

  private constructor(
    public readonly emulator: RunningEmulator,
    private readonly server: http.Server,
    private readonly responseUrl: string,
    /** Every response body the handler sent, in order. */
    public readonly responses: Array<Record<string, unknown>>,
  ) {
    this.connect = new ConnectClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  }

  /** A spec for the emulator's default instance, with overrides. */
  public spec(overrides: Partial<RoutingProfileSpec> = {}): RoutingProfileSpec {
    const basicQueue = this.emulator.seed.queues.find((q) => q.name === 'BasicQueue')!;
    return {
      SpecVersion: SPEC_VERSION,
      InstanceArn: this.emulator.instanceArn,
      Name: 'Support',
      Description: 'Support agents',
      DefaultOutboundQueue: { Id: basicQueue.id },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }],
      RemovalPolicy: 'destroy',
      AdoptExisting: 'false',
      ...overrides,
    };
  }

  public async create(spec: RoutingProfileSpec, logicalId = 'Profile'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Create', ResourceProperties: spec } as never, logicalId);
  }

  public async update(physicalId: string, spec: RoutingProfileSpec, old: RoutingProfileSpec, logicalId = 'Profile'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Update', PhysicalResourceId: physicalId, ResourceProperties: spec, OldResourceProperties: old } as never, logicalId);
  }

  public async delete(physicalId: string, spec: RoutingProfileSpec, logicalId = 'Profile'): Promise<CustomResourceResult> {
    return this.invoke({ RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: spec } as never, logicalId);
  }

  private async invoke(partial: Partial<CloudFormationCustomResourceEvent>, logicalId: string, remainingMs = 60_000): Promise<CustomResourceResult> {
    this.requestCount++;
    const event = {
      ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider',
      ResponseURL: this.responseUrl,
      StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/ContactCenter/0f4b1c2e-0000-4000-8000-000000000000',
      RequestId: `request-${this.requestCount}`,
      LogicalResourceId: logicalId,
      ResourceType: ROUTING_PROFILE_RESOURCE_TYPE,
      ...partial,
    } as CloudFormationCustomResourceEvent;
    return handler(event, { getRemainingTimeInMillis: () => remainingMs });
  }

  public async close(): Promise<void> {
    this.connect.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.emulator.close();
  }
}
