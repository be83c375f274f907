import {
  ConnectClient, DescribeQueueCommand, DescribeUserCommand, ListQueuesCommand, ListTagsForResourceCommand, ListUsersCommand,
  SearchQueuesCommand, SearchUsersCommand, TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-connect';
import { clientFor, defaultProfileId, errorOf, queueId, startTestEmulator } from './helpers';
import { RunningEmulator } from '../../emulator';

let emu: RunningEmulator;
let connect: ConnectClient;

beforeAll(async () => {
  emu = await startTestEmulator();
  connect = clientFor(emu);
});
afterAll(async () => {
  connect.destroy();
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
});

describe('tags', () => {
  test('tag, list and untag a routing profile by its percent-encoded ARN', async () => {
    const resourceArn = emu.seed.routingProfiles[0].arn;
    await connect.send(new TagResourceCommand({ resourceArn, tags: { team: 'core', env: 'dev', keep: 'yes' } }));
    await connect.send(new UntagResourceCommand({ resourceArn, tagKeys: ['team', 'env', 'absent'] }));
    const out = await connect.send(new ListTagsForResourceCommand({ resourceArn }));
    expect(out.tags).toEqual({ keep: 'yes' });
    const [tag, untag] = await emu.control.calls().then((calls) => calls.filter((c) => c.operation !== 'ListTagsForResource'));
    expect(tag.input).toEqual({ resourceArn, tags: { team: 'core', env: 'dev', keep: 'yes' } });
    expect(untag.input).toEqual({ resourceArn, tagKeys: ['team', 'env', 'absent'] });
  });

  test('queues, users and the instance can be tagged; the ARN must exist', async () => {
    for (const resourceArn of [emu.seed.queues[0].arn, `${emu.instanceArn}/agent/${emu.seed.users[0].id}`, emu.instanceArn]) {
      await connect.send(new TagResourceCommand({ resourceArn, tags: { a: 'b' } }));
      expect((await connect.send(new ListTagsForResourceCommand({ resourceArn }))).tags).toEqual({ a: 'b' });
    }
    const missing = await errorOf(connect.send(new ListTagsForResourceCommand({ resourceArn: `${emu.instanceArn}/routing-profile/nope` })));
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    const otherRegion = await errorOf(connect.send(new ListTagsForResourceCommand({ resourceArn: emu.instanceArn.replace('us-east-1', 'eu-west-1') })));
    expect(otherRegion.name).toBe('ResourceNotFoundException');
    const notAnArn = await errorOf(connect.send(new ListTagsForResourceCommand({ resourceArn: 'not-an-arn' })));
    expect(notAnArn).toMatchObject({ name: 'InvalidParameterException', status: 400 });
  });

  test('a resource holds at most 50 tags', async () => {
    const resourceArn = emu.seed.queues[0].arn;
    const tags = (from: number, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${from + i}`, 'v']));
    await connect.send(new TagResourceCommand({ resourceArn, tags: tags(0, 50) }));
    await connect.send(new TagResourceCommand({ resourceArn, tags: { k0: 'overwritten' } }));
    const err = await errorOf(connect.send(new TagResourceCommand({ resourceArn, tags: tags(50, 1) })));
    expect(err.name).toBe('InvalidParameterException');
    expect((await connect.send(new ListTagsForResourceCommand({ resourceArn }))).tags!.k0).toBe('overwritten');
  });
});

describe('queues', () => {
  test('ListQueues returns standard and agent queues, filtered by QueueTypes', async () => {
    const all = await connect.send(new ListQueuesCommand({ InstanceId: emu.instanceId }));
    const standard = await connect.send(new ListQueuesCommand({ InstanceId: emu.instanceId, QueueTypes: ['STANDARD'] }));
    const agent = await connect.send(new ListQueuesCommand({ InstanceId: emu.instanceId, QueueTypes: ['AGENT'] }));
    expect(standard.QueueSummaryList!.map((q) => q.Name)).toEqual(emu.seed.queues.map((q) => q.name));
    expect(agent.QueueSummaryList).toHaveLength(emu.seed.users.length);
    expect(agent.QueueSummaryList!.every((q) => q.Name === undefined && q.QueueType === 'AGENT')).toBe(true);
    expect(all.QueueSummaryList).toHaveLength(standard.QueueSummaryList!.length + agent.QueueSummaryList!.length);
  });

  test('ListQueues pages through 60 seeded queues', async () => {
    await emu.control.seed({ queues: Array.from({ length: 60 }, (_, i) => ({ name: `Bulk ${i}` })) });
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await connect.send(new ListQueuesCommand({ InstanceId: emu.instanceId, QueueTypes: ['STANDARD'], MaxResults: 25, NextToken }));
      names.push(...page.QueueSummaryList!.map((q) => q.Name!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(names).toHaveLength(66);
    expect(new Set(names).size).toBe(66);
  });

  test('DescribeQueue and SearchQueues', async () => {
    const { Queue } = await connect.send(new DescribeQueueCommand({ InstanceId: emu.instanceId, QueueId: queueId(emu, 'Support') }));
    expect(Queue).toMatchObject({ Name: 'Support', QueueId: queueId(emu, 'Support'), Status: 'ENABLED', QueueArn: `${emu.instanceArn}/queue/${queueId(emu, 'Support')}` });
    expect(Queue!.HoursOfOperationId).toMatch(/^[0-9a-f-]{36}$/);
    const found = await connect.send(new SearchQueuesCommand({
      InstanceId: emu.instanceId,
      SearchCriteria: { AndConditions: [{ StringCondition: { FieldName: 'name', Value: 'Basic', ComparisonType: 'EXACT' } }, { QueueTypeCondition: 'STANDARD' }] },
    }));
    expect(found.Queues).toHaveLength(0);
    const exact = await connect.send(new SearchQueuesCommand({
      InstanceId: emu.instanceId, SearchCriteria: { StringCondition: { FieldName: 'name', Value: 'basicqueue', ComparisonType: 'EXACT' } },
    }));
    expect(exact.Queues!.map((q) => q.Name)).toEqual(['BasicQueue']);
    expect((await errorOf(connect.send(new DescribeQueueCommand({ InstanceId: emu.instanceId, QueueId: 'nope' })))).status).toBe(404);
  });
});

describe('users', () => {
  test('ListUsers, DescribeUser and SearchUsers by routing profile', async () => {
    const list = await connect.send(new ListUsersCommand({ InstanceId: emu.instanceId }));
    expect(list.UserSummaryList!.map((u) => u.Username)).toEqual(['alice', 'bob']);
    const { User } = await connect.send(new DescribeUserCommand({ InstanceId: emu.instanceId, UserId: emu.seed.users[0].id }));
    expect(User).toMatchObject({ Username: 'alice', RoutingProfileId: defaultProfileId(emu), Arn: `${emu.instanceArn}/agent/${emu.seed.users[0].id}` });
    expect(User!.IdentityInfo!.FirstName).toBe('Alice');
    const seeded = await emu.control.seed({ users: [{ username: 'carol' }] });
    const search = await connect.send(new SearchUsersCommand({
      InstanceId: emu.instanceId,
      SearchCriteria: { StringCondition: { FieldName: 'RoutingProfileId', Value: defaultProfileId(emu), ComparisonType: 'EXACT' } },
    }));
    expect(search.ApproximateTotalCount).toBe(3);
    expect(search.Users!.map((u) => u.Id)).toContain(seeded.users[0].id);
    expect((await errorOf(connect.send(new DescribeUserCommand({ InstanceId: emu.instanceId, UserId: 'nope' })))).name).toBe('ResourceNotFoundException');
  });

  test('an unsupported search condition gets a clear emulator error, not a silent wrong answer', async () => {
    const err = await errorOf(connect.send(new SearchUsersCommand({
      InstanceId: emu.instanceId, SearchCriteria: { HierarchyGroupCondition: { Value: 'x', HierarchyGroupMatchType: 'EXACT' } },
    })));
    expect(err.name).toBe('EmulatorNotImplementedException');
    expect(err.status).toBe(501);
    expect(err.message).toContain('HierarchyGroupCondition');
  });
});
