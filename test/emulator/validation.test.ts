import {
  AssociateRoutingProfileQueuesCommand, CreateRoutingProfileCommand, CreateRoutingProfileCommandInput,
  ListQueuesCommand, ListRoutingProfileManualAssignmentQueuesCommand, ListRoutingProfileQueuesCommand, ListRoutingProfilesCommand,
  ListUsersCommand, SearchQueuesCommand, SearchRoutingProfilesCommand, SearchUsersCommand, TagResourceCommand, UntagResourceCommand,
  UpdateContactRoutingDataCommand, UpdateRoutingProfileAgentAvailabilityTimerCommand, UpdateRoutingProfileNameCommand,
} from '@aws-sdk/client-connect';
import { defaultProfileId, errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

let nameCounter = 0;
function createInput(overrides: Partial<CreateRoutingProfileCommandInput> = {}): CreateRoutingProfileCommandInput {
  return {
    InstanceId: t.emu.instanceId,
    Name: `profile ${++nameCounter}`,
    Description: 'd',
    DefaultOutboundQueueId: queueId(t.emu, 'BasicQueue'),
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    ...overrides,
  };
}

const create = (overrides: Partial<CreateRoutingProfileCommandInput>) => t.connect.send(new CreateRoutingProfileCommand(createInput(overrides)));

/** Asserts the call is rejected with 400 InvalidParameterException naming the member path. */
async function rejects(promise: Promise<unknown>, path: string, rule?: string): Promise<void> {
  const err = await errorOf(promise);
  expect({ name: err.name, status: err.status }).toEqual({ name: 'InvalidParameterException', status: 400 });
  expect(err.message).toContain(`'${path}'`);
  if (rule) expect(err.message).toContain(rule);
}

const queueConfig = (priority: number, delay: number, channel: 'VOICE' | 'CHAT' = 'VOICE', queue = 'BasicQueue') =>
  ({ QueueReference: { QueueId: queueId(t.emu, queue), Channel: channel }, Priority: priority, Delay: delay });

describe('model constraints on CreateRoutingProfile', () => {
  test('Name: length 1..127', async () => {
    await rejects(create({ Name: '' }), 'Name', 'length greater than or equal to 1');
    await rejects(create({ Name: 'n'.repeat(128) }), 'Name', 'length less than or equal to 127');
    await expect(create({ Name: 'n'.repeat(127) })).resolves.toBeDefined();
    await expect(create({ Name: 'x' })).resolves.toBeDefined();
  });

  test('Description: length 1..250, and required', async () => {
    await rejects(create({ Description: '' }), 'Description');
    await rejects(create({ Description: 'd'.repeat(251) }), 'Description', 'less than or equal to 250');
    await rejects(create({ Description: undefined }), 'Description', 'must not be null');
    await expect(create({ Description: 'd'.repeat(250) })).resolves.toBeDefined();
  });

  test('every required member: DefaultOutboundQueueId, MediaConcurrencies, MediaConcurrency.Channel', async () => {
    await rejects(create({ DefaultOutboundQueueId: undefined }), 'DefaultOutboundQueueId', 'must not be null');
    await rejects(create({ MediaConcurrencies: undefined }), 'MediaConcurrencies', 'must not be null');
    await rejects(create({ MediaConcurrencies: [{ Concurrency: 1 } as any] }), 'MediaConcurrencies[0].Channel', 'must not be null');
    await rejects(create({ QueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'BasicQueue'), Channel: 'VOICE' }, Priority: 1 } as any] }),
      'QueueConfigs[0].Delay', 'must not be null');
  });

  test('Priority: range 1..99', async () => {
    await rejects(create({ QueueConfigs: [queueConfig(0, 0)] }), 'QueueConfigs[0].Priority', 'greater than or equal to 1');
    await rejects(create({ QueueConfigs: [queueConfig(100, 0)] }), 'QueueConfigs[0].Priority', 'less than or equal to 99');
    await expect(create({ QueueConfigs: [queueConfig(1, 0)] })).resolves.toBeDefined();
    await expect(create({ QueueConfigs: [queueConfig(99, 0)] })).resolves.toBeDefined();
  });

  test('Delay: range 0..9999', async () => {
    await rejects(create({ QueueConfigs: [queueConfig(1, -1)] }), 'QueueConfigs[0].Delay');
    await rejects(create({ QueueConfigs: [queueConfig(1, 10000)] }), 'QueueConfigs[0].Delay', 'less than or equal to 9999');
    await expect(create({ QueueConfigs: [queueConfig(1, 9999)] })).resolves.toBeDefined();
  });

  test('QueueConfigs and ManualAssignmentQueueConfigs: 1..10 per request', async () => {
    const seeded = await t.emu.control.seed({ queues: Array.from({ length: 11 }, (_, i) => ({ name: `V${i}` })) });
    const configs = seeded.queues.map((q) => ({ QueueReference: { QueueId: q.id, Channel: 'VOICE' as const }, Priority: 1, Delay: 0 }));
    await rejects(create({ QueueConfigs: configs }), 'QueueConfigs', 'length less than or equal to 10');
    await rejects(create({ QueueConfigs: [] }), 'QueueConfigs', 'length greater than or equal to 1');
    await expect(create({ QueueConfigs: configs.slice(0, 10) })).resolves.toBeDefined();
    const manual = configs.map((c) => ({ QueueReference: c.QueueReference }));
    await rejects(create({ ManualAssignmentQueueConfigs: manual }), 'ManualAssignmentQueueConfigs', 'less than or equal to 10');
    await expect(create({ ManualAssignmentQueueConfigs: manual.slice(0, 10) })).resolves.toBeDefined();
  });

  test('enums: Channel, BehaviorType, AgentAvailabilityTimer, ChannelWorkloadBehaviorType', async () => {
    await rejects(create({ MediaConcurrencies: [{ Channel: 'FAX' as any, Concurrency: 1 }] }), 'MediaConcurrencies[0].Channel', 'enum value set');
    await rejects(create({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'NOPE' as any } }] }),
      'MediaConcurrencies[0].CrossChannelBehavior.BehaviorType');
    await rejects(create({ AgentAvailabilityTimer: 'NOPE' as any }), 'AgentAvailabilityTimer');
    await rejects(create({
      MediaConcurrencies: [{
        Channel: 'TASK',
        WorkloadTypeConcurrencies: [{ WorkloadType: 'w', Concurrency: 1, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'NOPE' as any } }],
      }],
    }), 'MediaConcurrencies[0].WorkloadTypeConcurrencies[0].CrossChannelWorkloadBehavior.ChannelWorkloadBehaviorType');
    await expect(create({
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }],
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    })).resolves.toBeDefined();
  });

  test('MediaConcurrency (botocore 1.43.107): Concurrency 0..10 optional; WorkloadTypeConcurrencies 1..5 of Concurrency 1..10', async () => {
    await rejects(create({ MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: 11 }] }), 'MediaConcurrencies[0].Concurrency', 'less than or equal to 10');
    await rejects(create({ MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: -1 }] }), 'MediaConcurrencies[0].Concurrency', 'greater than or equal to 0');
    const workloads = (n: number, concurrency = 1) => Array.from({ length: n }, (_, i) => ({ WorkloadType: `w${i}`, Concurrency: concurrency }));
    await rejects(create({ MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: workloads(6) }] }),
      'MediaConcurrencies[0].WorkloadTypeConcurrencies', 'less than or equal to 5');
    await rejects(create({ MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: [] }] }),
      'MediaConcurrencies[0].WorkloadTypeConcurrencies', 'greater than or equal to 1');
    await rejects(create({ MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: workloads(1, 0) }] }),
      'MediaConcurrencies[0].WorkloadTypeConcurrencies[0].Concurrency');
    await rejects(create({ MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ Concurrency: 1 } as any] }] }),
      'MediaConcurrencies[0].WorkloadTypeConcurrencies[0].WorkloadType', 'must not be null');
    await expect(create({ MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: workloads(5, 2) }] })).resolves.toBeDefined();
  });

  test('Tags: 1..50 entries, key 1..128 without aws: and in the pattern (Unicode letters allowed), value 0..256', async () => {
    const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    await rejects(create({ Tags: tags(51) }), 'Tags', 'length less than or equal to 50');
    await expect(create({ Tags: tags(50) })).resolves.toBeDefined();
    await rejects(create({ Tags: { ['k'.repeat(129)]: 'v' } }), 'Tags.key', 'less than or equal to 128');
    await expect(create({ Tags: { ['k'.repeat(128)]: 'v' } })).resolves.toBeDefined();
    await rejects(create({ Tags: { 'aws:cloudformation': 'v' } }), 'Tags.key', 'pattern');
    await rejects(create({ Tags: { 'bad*key': 'v' } }), 'Tags.key', 'pattern');
    await expect(create({ Tags: { 'équipe 東京_.:/=+-@': '' } })).resolves.toBeDefined();
    await rejects(create({ Tags: { k: 'v'.repeat(257) } }), 'Tags["k"]', 'less than or equal to 256');
    await expect(create({ Tags: { k: 'v'.repeat(256) } })).resolves.toBeDefined();
  });

  test('InstanceId: length 1..100 (in the path)', async () => {
    await rejects(create({ InstanceId: 'i'.repeat(101) }), 'InstanceId', 'less than or equal to 100');
    const err = await errorOf(create({ InstanceId: 'i'.repeat(100) }));
    expect(err.name).toBe('ResourceNotFoundException');
  });

  test('several violations are reported together', async () => {
    const err = await errorOf(create({ Name: '', Description: 'd'.repeat(251) }));
    expect(err.message).toMatch(/^2 validation errors detected: /);
    expect(err.message).toContain("Value '' at 'Name'");
  });
});

describe('MaxResults bounds and NextToken length per operation', () => {
  test('MaxResult1000 (ListRoutingProfiles, ListQueues, ListUsers), MaxResult100 (queue lists), MaxResult500 (searches)', async () => {
    const instance = { InstanceId: t.emu.instanceId };
    const profile = { ...instance, RoutingProfileId: defaultProfileId(t.emu) };
    const cases: Array<[string, (n: number) => Promise<unknown>, number]> = [
      ['ListRoutingProfiles', (n) => t.connect.send(new ListRoutingProfilesCommand({ ...instance, MaxResults: n })), 1000],
      ['ListQueues', (n) => t.connect.send(new ListQueuesCommand({ ...instance, MaxResults: n })), 1000],
      ['ListUsers', (n) => t.connect.send(new ListUsersCommand({ ...instance, MaxResults: n })), 1000],
      ['ListRoutingProfileQueues', (n) => t.connect.send(new ListRoutingProfileQueuesCommand({ ...profile, MaxResults: n })), 100],
      ['ListRoutingProfileManualAssignmentQueues', (n) => t.connect.send(new ListRoutingProfileManualAssignmentQueuesCommand({ ...profile, MaxResults: n })), 100],
      ['SearchRoutingProfiles', (n) => t.connect.send(new SearchRoutingProfilesCommand({ ...instance, MaxResults: n })), 500],
      ['SearchQueues', (n) => t.connect.send(new SearchQueuesCommand({ ...instance, MaxResults: n })), 500],
      ['SearchUsers', (n) => t.connect.send(new SearchUsersCommand({ ...instance, MaxResults: n })), 500],
    ];
    for (const [name, call, max] of cases) {
      await rejects(call(0), 'MaxResults', 'greater than or equal to 1');
      await rejects(call(max + 1), 'MaxResults', `less than or equal to ${max}`);
      await expect(call(1)).resolves.toBeDefined();
      await expect(call(max)).resolves.toEqual(expect.objectContaining({ $metadata: expect.anything() }));
      expect(name).toBeTruthy();
    }
  });

  test('Search NextToken: length 1..2500', async () => {
    await rejects(t.connect.send(new SearchRoutingProfilesCommand({ InstanceId: t.emu.instanceId, NextToken: 't'.repeat(2501) })), 'NextToken', '2500');
  });
});

describe('other operations', () => {
  test('UpdateRoutingProfileName: Name 1..127, Description 1..250', async () => {
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) };
    await rejects(t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Name: 'n'.repeat(128) })), 'Name');
    await rejects(t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Description: 'd'.repeat(251) })), 'Description');
  });

  test('UpdateRoutingProfileAgentAvailabilityTimer: required enum', async () => {
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) };
    await rejects(t.connect.send(new UpdateRoutingProfileAgentAvailabilityTimerCommand({ ...target } as any)), 'AgentAvailabilityTimer', 'must not be null');
  });

  test('AssociateRoutingProfileQueues: QueueConfigs list 1..10', async () => {
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) };
    await rejects(t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [] })), 'QueueConfigs');
  });

  test('UntagResource: tagKeys 1..50 (repeated query keys)', async () => {
    const resourceArn = t.emu.seed.routingProfiles[0].arn;
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    await rejects(t.connect.send(new UntagResourceCommand({ resourceArn, tagKeys: keys(51) })), 'tagKeys', 'less than or equal to 50');
    await expect(t.connect.send(new UntagResourceCommand({ resourceArn, tagKeys: keys(50) }))).resolves.toBeDefined();
    await rejects(t.connect.send(new TagResourceCommand({ resourceArn, tags: {} })), 'tags', 'greater than or equal to 1');
  });

  test('UpdateContactRoutingData: ContactId 1..256, QueuePriority >= 1, RoutingCriteria proficiency 1.0..5.0', async () => {
    const contact = { InstanceId: t.emu.instanceId, ContactId: t.emu.seed.contacts[0].id };
    await rejects(t.connect.send(new UpdateContactRoutingDataCommand({ ...contact, ContactId: 'c'.repeat(257), QueuePriority: 1 })), 'ContactId');
    await rejects(t.connect.send(new UpdateContactRoutingDataCommand({ ...contact, QueuePriority: 0 })), 'QueuePriority', 'greater than or equal to 1');
    await rejects(t.connect.send(new UpdateContactRoutingDataCommand({
      ...contact,
      RoutingCriteria: {
        Steps: [{ Expression: { AttributeCondition: { Name: 'Technology', Value: 'AWS', ProficiencyLevel: 5.5, ComparisonOperator: 'NumberGreaterOrEqualTo' } } }],
      },
    })), 'RoutingCriteria.Steps[0].Expression.AttributeCondition.ProficiencyLevel');
  });
});

describe('malformed requests', () => {
  const post = (path: string, body: string) => fetch(`${t.emu.endpoint}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  test('a body that is not JSON is 400 InvalidRequestException in the restJson1 error format', async () => {
    const response = await post(`/routing-profiles/${t.emu.instanceId}/${defaultProfileId(t.emu)}/name`, '{"Name": ');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidRequestException');
    expect(((await response.json()) as { Message: string }).Message).toContain('not valid JSON');
  });

  test('a JSON array body is InvalidRequestException; a wrong member type is InvalidParameterException', async () => {
    const path = `/routing-profiles/${t.emu.instanceId}/${defaultProfileId(t.emu)}/name`;
    expect((await post(path, '[1]')).headers.get('x-amzn-errortype')).toBe('InvalidRequestException');
    const wrongType = await post(path, JSON.stringify({ Name: 42 }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
    expect(((await wrongType.json()) as { Message: string }).Message).toContain('Member must be a string');
  });

  test('a non-integer maxResults query is InvalidParameterException', async () => {
    const response = await fetch(`${t.emu.endpoint}/routing-profiles-summary/${t.emu.instanceId}?maxResults=ten`);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
  });
});
