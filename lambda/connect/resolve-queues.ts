import { ListQueuesCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import { InstanceLocation, parseChildArn } from '../../src/private/connect-arn';
import type { QueueRefSpec } from '../../src/private/contract';

/** ListQueues' largest page. */
const QUEUE_LIST_PAGE_SIZE = 1000;

/**
 * Turns the spec's queue references (ARN, id or name) into queue ids of one instance. Names are looked up
 * once per invocation with ListQueues (every page), so a profile with 50 named pairs costs one or two reads.
 */
export class QueueResolver {
  private byName?: Promise<Map<string, string>>;

  constructor(
    api: ConnectApi,
    private readonly instance: InstanceLocation,
    /** The instance's standard queues; a caller that needs them too (the command-line plan) lists them once for both. */
    private readonly standardQueues: () => Promise<readonly StandardQueue[]> = () => listStandardQueues(api, instance.instanceId),
  ) {}

  /** The queue id a reference names; `field` is the spec path used in error messages. */
  public async resolve(ref: QueueRefSpec, field: string): Promise<string> {
    if (ref.Id) return ref.Id;
    if (ref.Arn) {
      const parsed = parseChildArn(ref.Arn);
      if (!parsed || parsed.resourceType !== 'queue') {
        throw new Error(`\`${field}\` must be a Connect queue ARN (arn:<partition>:connect:<region>:<account>:instance/<id>/queue/<id>), got: ${JSON.stringify(ref.Arn)}`);
      }
      if (parsed.instance.instanceId !== this.instance.instanceId) {
        throw new Error(`\`${field}\` must name a queue of instance ${this.instance.instanceId}, got a queue of instance ${parsed.instance.instanceId}: ${JSON.stringify(ref.Arn)}`);
      }
      return parsed.id;
    }
    if (ref.Name) {
      const names = await this.queueIdsByName();
      const id = names.get(ref.Name);
      if (!id) {
        throw new Error(`\`${field}\` names queue ${JSON.stringify(ref.Name)}, which does not exist in instance ${this.instance.instanceId}; `
          + `known queues: ${[...names.keys()].sort().slice(0, 20).join(', ') || '(none)'}`);
      }
      return id;
    }
    throw new Error(`\`${field}\` must give one of Arn, Id or Name, got: ${JSON.stringify(ref)}`);
  }

  private queueIdsByName(): Promise<Map<string, string>> {
    this.byName ??= this.listQueues();
    return this.byName;
  }

  private async listQueues(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const q of await this.standardQueues()) {
      if (q.name) names.set(q.name, q.id);
    }
    return names;
  }
}

/** A standard queue as ListQueues summarises it; Connect's model leaves the name optional. */
export interface StandardQueue {
  readonly id: string;
  readonly arn?: string;
  readonly name?: string;
}

/** Every standard queue of an instance (every page of ListQueues): the queues a queue name is looked up in. */
export async function listStandardQueues(api: ConnectApi, instanceId: string): Promise<StandardQueue[]> {
  const queues: StandardQueue[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListQueues', (c) => c.send(new ListQueuesCommand({
      InstanceId: instanceId,
      QueueTypes: ['STANDARD'],
      MaxResults: QUEUE_LIST_PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const q of page.QueueSummaryList ?? []) {
      if (q.Id) queues.push({ id: q.Id, ...(q.Arn ? { arn: q.Arn } : {}), ...(q.Name ? { name: q.Name } : {}) });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return queues;
}
