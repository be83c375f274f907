import {
  DescribeQueueCommand, DescribeUserCommand, ListQueuesCommand, ListTagsForResourceCommand, ListUsersCommand,
  SearchQueuesCommand, SearchUsersCommand, TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-connect';
import { defaultProfileId, errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

describe('tags', () => {
  test('tag, list and untag a routing profile by its percent-encoded ARN', async () => {
    const resourceArn = t.emu.seed.routingProfiles[0].arn;
    await t.connect.send(new TagResourceCommand({ resourceArn, tags: { team: 'core', env: 'dev', keep: 'yes' } }));
    await t.connect.send(new UntagResourceCommand({ resourceArn, tagKeys: ['team', 'env', 'absent'] }));
    const out = await t.connect.send(new ListTagsForResourceCommand({ resourceArn }));
    expect(out.tags).toEqual({ keep: 'yes' });
    const [tag, untag] = await t.emu.control.calls().then((calls) => calls.filter((c) => c.operation !== 'ListTagsForResource'));
    expect(tag.input).toEqual({ resourceArn, tags: { team: 'core', env: 'dev', keep: 'yes' } });
    expect(untag.input).toEqual({ resourceArn, tagKeys: ['team', 'env', 'absent'] });
  });

  test('queues, users and the instance can be tagged; the ARN must exist', async () => {
    for (const resourceArn of [t.emu.seed.queues[0].arn, `${t.emu.instanceArn}/agent/${t.emu.seed.users[0].id}`, t.emu.instanceArn]) {
      await t.connect.send(new TagResourceCommand({ resourceArn, tags: { a: 'b' } }));
      expect((await t.connect.send(new ListTagsForResourceCommand({ resourceArn }))).tags).toEqual({ a: 'b' });
    }
    const missing = await errorOf(t.connect.send(new ListTagsForResourceCommand({ resourceArn: `${t.emu.instanceArn}/routing-profile/nope` })));
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    const otherRegion = await errorOf(t.connect.send(new ListTagsForResourceCommand({ resourceArn: t.emu.instanceArn.replace('us-east-1', 'eu-west-1') })));
    expect(otherRegion.name).toBe('ResourceNotFoundException');
    const notAnArn = await errorOf(t.connect.send(new ListTagsForResourceCommand({ resourceArn: 'not-an-arn' })));
    expect(notAnArn).toMatchObject({ name: 'InvalidParameterException', status: 400 });
  });

  test('a resource holds at most 50 tags', async () => {
    const resourceArn = t.emu.seed.queues[0].arn;
    const tags = (from: number, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${from + i}`, 'v']));
    await t.connect.send(new TagResourceCommand({ resourceArn, tags: tags(0, 50) }));
    await t.connect.send(new TagResourceCommand({ resourceArn, tags: { k0: 'overwritten' } }));
    const err = await errorOf(t.connect.send(new TagResourceCommand({ resourceArn, tags: tags(50, 1) })));
    expect(err.name).toBe('InvalidParameterException');
    expect((await t.connect.send(new ListTagsForResourceCommand({ resourceArn }))).tags!.k0).toBe('overwritten');
  });
});

describe('queues', () => {
  test('ListQueues returns standard and agent queues, filtered by QueueTypes', async () => {
    const all = await t.connect.send(new ListQueuesCommand({ InstanceId: t.emu.instanceId }));
    const standard = await t.connect.send(new ListQueuesCommand({ InstanceId: t.emu.instanceId, QueueTypes: ['STANDARD'] }));
    const agent = await t.connect.send(new ListQueuesCommand({ InstanceId: t.emu.instanceId, QueueTypes: ['AGENT'] }));
    expect(standard.QueueSummaryList!.map((q) => q.Name)).toEqual(t.emu.seed.queues.map((q) => q.name));
    expect(agent.QueueSummaryList).toHaveLength(t.emu.seed.users.length);
    expect(agent.QueueSummaryList!.every((q) => q.Name === undefined && q.QueueType === 'AGENT')).toBe(true);
    expect(all.QueueSummaryList).toHaveLength(standard.QueueSummaryList!.length + agent.QueueSummaryList!.length);
  });

  test('ListQueues pages through 60 seeded queues', async () => {
    await t.emu.control.seed({ queues: Array.from({ length: 60 }, (_, i) => ({ name: `Bulk ${i}` })) });
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await t.connect.send(new ListQueuesCommand({ InstanceId: t.emu.instanceId, QueueTypes: ['STANDARD'], MaxResults: 25, NextToken }));
      names.push(...page.QueueSummaryList!.map((q) => q.Name!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(names).toHaveLength(66);
    expect(new Set(names).size).toBe(66);
  });

  test('DescribeQueue and SearchQueues', async () => {
    const { Queue } = await t.connect.send(new DescribeQueueCommand({ InstanceId: t.emu.instanceId, QueueId: queueId(t.emu, 'Support') }));
    expect(Queue).toMatchObject({ Name: 'Support', QueueId: queueId(t.emu, 'Support'), Status: 'ENABLED', QueueArn: `${t.emu.instanceArn}/queue/${queueId(t.emu, 'Support')}` });
    expect(Queue!.HoursOfOperationId).toMatch(/^[0-9a-f-]{36}$/);
    const found = await t.connect.send(new SearchQueuesCommand({
      InstanceId: t.emu.instanceId,
      SearchCriteria: { AndConditions: [{ StringCondition: { FieldName: 'name', Value: 'Basic', ComparisonType: 'EXACT' } }, { QueueTypeCondition: 'STANDARD' }] },
    }));
    expect(found.Queues).toHaveLength(0);
    const exact = await t.connect.send(new SearchQueuesCommand({
      InstanceId: t.emu.instanceId, SearchCriteria: { StringCondition: { FieldName: 'name', Value: 'basicqueue', ComparisonType: 'EXACT' } },
    }));
    expect(exact.Queues!.map((q) => q.Name)).toEqual(['BasicQueue']);
    expect((await errorOf(t.connect.send(new DescribeQueueCommand({ InstanceId: t.emu.instanceId, QueueId: 'nope' })))).status).toBe(404);
  });
});

describe('users', () => {
  test('ListUsers, DescribeUser and SearchUsers by routing profile', async () => {
    const list = await t.connect.send(new ListUsersCommand({ InstanceId: t.emu.instanceId }));
    expect(list.UserSummaryList!.map((u) => u.Username)).toEqual(['alice', 'bob']);
    const { User } = await t.connect.send(new DescribeUserCommand({ InstanceId: t.emu.instanceId, UserId: t.emu.seed.users[0].id }));
    expect(User).toMatchObject({ Username: 'alice', RoutingProfileId: defaultProfileId(t.emu), Arn: `${t.emu.instanceArn}/agent/${t.emu.seed.users[0].id}` });
    expect(User!.IdentityInfo!.FirstName).toBe('Alice');
    const seeded = await t.emu.control.seed({ users: [{ username: 'carol' }] });
    const search = await t.connect.send(new SearchUsersCommand({
      InstanceId: t.emu.instanceId,
      SearchCriteria: { StringCondition: { FieldName: 'RoutingProfileId', Value: defaultProfileId(t.emu), ComparisonType: 'EXACT' } },
    }));
    expect(search.ApproximateTotalCount).toBe(3);
    expect(search.Users!.map((u) => u.Id)).toContain(seeded.users[0].id);
    expect((await errorOf(t.connect.send(new DescribeUserCommand({ InstanceId: t.emu.instanceId, UserId: 'nope' })))).name).toBe('ResourceNotFoundException');
  });

  test('an unsupported search condition gets a clear emulator error, not a silent wrong answer', async () => {
    const err = await errorOf(t.connect.send(new SearchUsersCommand({
      InstanceId: t.emu.instanceId, SearchCriteria: { HierarchyGroupCondition: { Value: 'x', HierarchyGroupMatchType: 'EXACT' } },
    })));
    expect(err.name).toBe('EmulatorNotImplementedException');
    expect(err.status).toBe(501);
    expect(err.message).toContain('HierarchyGroupCondition');
  });
});
