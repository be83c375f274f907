import { ConnectClient, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DriftHarness, TABLE } from './drift-harness';
import { createConnectClient } from '../../lambda/connect/connect-client';
import { RoutingProfileConcurrencySpec, RoutingProfileSpec } from '../../src/private/contract';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';
import { pair } from '../handler/expectations';

// A deploy that lands while a run is checking: the run read every record at its start, so before it corrects it
// reads the record again, and a deploy that rewrote or removed it meanwhile is never undone.

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

/**
 * The run's Connect clients, real, except that the first time the run is about to send `operation` it waits
 * for `meanwhile` (a deploy through the provider handler, with its own clients) to finish.
 */
function pausingBefore(operation: string, meanwhile: () => Promise<void>): (region: string) => ConnectClient {
  let paused = false;
  return (region) => {
    const client = createConnectClient(region);
    client.middlewareStack.add((next, context) => async (args) => {
      if (!paused && context.commandName === `${operation}Command`) {
        paused = true;
        await meanwhile();
      }
      return next(args);
    }, { step: 'initialize', name: 'pauseForDeploy' });
    return client;
  };
}

const profileSpec = (priority: number): RoutingProfileSpec => d.spec({
  Name: 'Support', QueueConfigs: [pair('Sales', 'VOICE', priority, 0)], DriftPolicy: 'correct',
});

const priorityOf = async (id: string) => (await d.handlers.readProfile(id))!.queueConfigs.map((q) => q.priority);

const concurrencySpec = (): RoutingProfileConcurrencySpec => c.spec({ MediaConcurrencies: [entry('CHAT', 5)], DriftPolicy: 'correct' });

async function createConcurrency(): Promise<string> {
  const created = await c.create(concurrencySpec(), 'Basic');
  if (created.status !== 'SUCCESS') throw new Error(`create failed: ${created.reason}`);
  return created.physicalResourceId;
}

describe('a routing profile under correct', () => {
  test('an Update deployed while the run checks is kept: the run finds a new record and skips the correction', async () => {
    const { arn, id } = await d.deploy(profileSpec(1), 'Support');

    const run = await d.runWith({
      connectFor: pausingBefore('SearchRoutingProfiles', async () => {
        expect(await d.handlers.update(arn, profileSpec(7), profileSpec(1), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
      }),
    });

    // The run compared the deploy's new state with the record it read before the deploy, and left it alone.
    expect(run.summary.outcomes).toEqual([expect.objectContaining({
      logicalResourceId: 'Support', status: 'NOT_CHECKED', differences: [], reason: expect.stringContaining('A deploy rewrote the record while the run was checking'),
    })]);
    expect(run.summary.connectWrites).toBe(0);
    expect(await priorityOf(id)).toEqual([7]);
    // The next run reads the new record: nothing to correct.
    expect((await d.runWith()).summary.outcomes.map((o) => o.status)).toEqual(['IN_SYNC']);
  });

  test('a Delete that retains the profile while the run checks: the record is gone, so the console edit is not reverted', async () => {
    const retained = d.spec({ ...profileSpec(1), RemovalPolicy: 'retain' });
    const { arn, id } = await d.deploy(retained, 'Support');
    // The stack lets go of the profile, and a supervisor then owns its priorities.
    const run = await d.runWith({
      connectFor: pausingBefore('SearchRoutingProfiles', async () => {
        expect(await d.handlers.delete(arn, retained, { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
        await d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
          InstanceId: d.emulator.instanceId,
          RoutingProfileId: id,
          QueueConfigs: [{ QueueReference: { QueueId: d.handlers.queue('Sales').id, Channel: 'VOICE' }, Priority: 40, Delay: 0 }],
        }));
      }),
    });

    expect(run.summary.outcomes).toEqual([expect.objectContaining({ status: 'NOT_CHECKED', reason: expect.stringContaining('The record was removed') })]);
    expect(run.summary.connectWrites).toBe(0);
    expect(await priorityOf(id)).toEqual([40]);
  });

  test('the record cannot be read again: nothing is changed and the correction is reported failed, naming DynamoDB', async () => {
    const { id } = await d.deploy(profileSpec(1), 'Support');
    await d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: id,
      QueueConfigs: [{ QueueReference: { QueueId: d.handlers.queue('Sales').id, Channel: 'VOICE' }, Priority: 50, Delay: 0 }],
    }));

    const run = await d.runWith({
      connectFor: pausingBefore('SearchRoutingProfiles', async () => {
        await d.dynamodb.send(new DeleteTableCommand({ TableName: TABLE }));
      }),
    });

    expect(run.summary.outcomes).toEqual([expect.objectContaining({
      status: 'CORRECTION_FAILED',
      corrections: [],
      differences: [expect.objectContaining({ expected: 1, actual: 50 })],
      reason: expect.stringMatching(/^Reading the desired-state record again before correcting failed \(ResourceNotFoundException: .*\): nothing was changed/),
    })]);
    expect(run.summary.connectWrites).toBe(0);
    expect(await priorityOf(id)).toEqual([50]);
  });

  test('a Delete removes the record before Connect: when Connect refuses, the record is already gone and the retry finishes', async () => {
    const { arn, id } = await d.deploy(profileSpec(1), 'Support');
    await d.emulator.control.injectFault({ operation: 'DeleteRoutingProfile', error: { code: 'AccessDeniedException', message: 'denied', status: 403 } });

    const failed = await d.handlers.delete(arn, profileSpec(1), { logicalId: 'Support' });

    expect(failed).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('DeleteRoutingProfile') });
    expect(await d.items()).toEqual([]);
    expect(await d.handlers.readProfile(id)).toBeDefined();
    expect(await d.handlers.delete(arn, profileSpec(1), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
    expect(await d.handlers.readProfile(id)).toBeUndefined();
  });
});

describe('a RoutingProfileConcurrency under correct', () => {
  test('removed from the stack while the run checks: the restore stays, the run never puts the declared channel back', async () => {
    const original = await c.concurrencies();
    const physicalId = await createConcurrency();
    expect(await c.concurrencies()).not.toEqual(original);

    const run = await d.runWith({
      connectFor: pausingBefore('SearchRoutingProfiles', async () => {
        expect(await c.delete(physicalId, concurrencySpec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
      }),
    });

    expect(run.summary.outcomes).toEqual([expect.objectContaining({
      logicalResourceId: 'Basic', status: 'NOT_CHECKED', reason: expect.stringContaining('The record was removed while the run was checking'),
    })]);
    expect(run.summary.connectWrites).toBe(0);
    expect(await c.concurrencies()).toEqual(original);
    expect(await d.items()).toEqual([]);
  });

  test('an Update deployed while the run checks is kept', async () => {
    const physicalId = await createConcurrency();
    const raised = c.spec({ MediaConcurrencies: [entry('CHAT', 8)], DriftPolicy: 'correct' });

    const run = await d.runWith({
      connectFor: pausingBefore('SearchRoutingProfiles', async () => {
        expect(await c.update(physicalId, raised, concurrencySpec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
      }),
    });

    expect(run.summary.outcomes.map((o) => o.status)).toEqual(['NOT_CHECKED']);
    expect(run.summary.connectWrites).toBe(0);
    expect((await c.concurrencies()).find((m) => m.channel === 'CHAT')).toMatchObject({ concurrency: 8 });
  });

  test('a Delete removes the record before restoring: when Connect refuses, the record is already gone and the retry restores', async () => {
    const original = await c.concurrencies();
    const physicalId = await createConcurrency();
    await d.emulator.control.injectFault({ operation: 'UpdateRoutingProfileConcurrency', error: { code: 'AccessDeniedException', message: 'denied', status: 403 } });

    const failed = await c.delete(physicalId, concurrencySpec(), 'Basic');

    expect(failed).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('UpdateRoutingProfileConcurrency') });
    expect(await d.items()).toEqual([]);
    expect((await c.concurrencies()).find((m) => m.channel === 'CHAT')).toMatchObject({ concurrency: 5 });
    expect(await c.delete(physicalId, concurrencySpec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
    expect(await c.concurrencies()).toEqual(original);
  });
});
