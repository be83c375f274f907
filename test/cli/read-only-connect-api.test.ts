/**
 * The command-line tool's Connect access cannot write, by construction: `write` refuses every call, and the client
 * refuses any command that is not a Describe, Get, List or Search, even one sent through `read` or by a handler
 * module, before it leaves the process.
 */
import {
  ConnectClient, DeleteRoutingProfileCommand, DescribeRoutingProfileCommand, ListRoutingProfilesCommand, UpdateRoutingProfileNameCommand,
} from '@aws-sdk/client-connect';
import { ReadOnlyConnectApi, WriteRefusedError } from '../../cli/connect/read-only-connect-api';
import { RunningEmulator, startEmulator } from '../../emulator';
import { applyPlan } from '../../lambda/connect/apply-plan';
import { CallPacer } from '../../lambda/connect/call-pacer';

let emulator: RunningEmulator;
let api: ReadOnlyConnectApi;
let client: ConnectClient;

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  client = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  const deadline = Date.now() + 60_000;
  api = new ReadOnlyConnectApi(client, deadline, new CallPacer({ callsPerSecond: 1000, deadline }));
  await emulator.control.clearCalls();
});
afterEach(() => client.destroy());

const basic = () => ({ InstanceId: emulator.instanceId, RoutingProfileId: emulator.seed.routingProfiles[0].id });

test('reads go through, paced and counted', async () => {
  const listed = await api.read('ListRoutingProfiles', (c) => c.send(new ListRoutingProfilesCommand({ InstanceId: emulator.instanceId })));

  expect(listed.RoutingProfileSummaryList?.map((p) => p.Name)).toEqual(['Basic Routing Profile']);
  expect(api.readCalls).toBe(1);
  expect((await emulator.control.calls()).map((c) => c.operation)).toEqual(['ListRoutingProfiles']);
});

test('write() refuses without calling anything', async () => {
  const send = jest.fn();

  await expect(api.write('DeleteRoutingProfile', send)).rejects.toThrow(new WriteRefusedError('DeleteRoutingProfile'));
  expect(send).not.toHaveBeenCalled();
  expect(api.writeCalls).toBe(0);
  expect(await emulator.control.calls()).toEqual([]);
});

test('a write sent through read() is refused by the client before it reaches Connect', async () => {
  await expect(api.read('DeleteRoutingProfile', (c) => c.send(new DeleteRoutingProfileCommand(basic()))))
    .rejects.toThrow('DeleteRoutingProfile was refused: this command only reads from Connect and never writes');
  await expect(api.read('UpdateRoutingProfileName', (c) => c.send(new UpdateRoutingProfileNameCommand({ ...basic(), Name: 'x' }))))
    .rejects.toBeInstanceOf(WriteRefusedError);

  expect(await emulator.control.calls()).toEqual([]);
  const still = await client.send(new DescribeRoutingProfileCommand(basic()));
  expect(still.RoutingProfile?.Name).toBe('Basic Routing Profile');
});

test('the handler\'s own applier cannot write through it', async () => {
  const target = {
    instanceId: emulator.instanceId, routingProfileId: basic().RoutingProfileId, routingProfileArn: emulator.seed.routingProfiles[0].arn,
  };

  await expect(applyPlan(api, target, [{ operation: 'UpdateRoutingProfileName', input: { Name: 'Renamed' } }])).rejects.toBeInstanceOf(WriteRefusedError);
  expect(await emulator.control.calls()).toEqual([]);
});
