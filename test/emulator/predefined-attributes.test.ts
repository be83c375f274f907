import {
  CreateRoutingProfileCommand, DescribePredefinedAttributeCommand, DescribeRoutingProfileCommand, ListPredefinedAttributesCommand,
  paginateListPredefinedAttributes,
} from '@aws-sdk/client-connect';
import { errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

const WORKLOAD_TYPE = 'connect:WorkloadType';

const describeAttribute = (Name: string, InstanceId: string = t.emu.instanceId) =>
  t.connect.send(new DescribePredefinedAttributeCommand({ InstanceId, Name }));

const workloadTypeValues = async (InstanceId: string = t.emu.instanceId): Promise<string[] | undefined> =>
  (await describeAttribute(WORKLOAD_TYPE, InstanceId)).PredefinedAttribute!.Values!.StringList;

describe('DescribePredefinedAttribute', () => {
  test('connect:WorkloadType holds the seeded values as Values.StringList, with LastModified*', async () => {
    const { PredefinedAttribute: attribute } = await describeAttribute(WORKLOAD_TYPE);
    expect(attribute).toEqual({
      Name: WORKLOAD_TYPE,
      Values: { StringList: ['billing', 'returns', 'general'] },
      LastModifiedTime: expect.any(Date),
      LastModifiedRegion: 'us-east-1',
    });
    expect(t.emu.seed.workloadTypes).toEqual(['billing', 'returns', 'general']);
    // The name travels percent-encoded in one path segment and arrives whole.
    const [call] = await t.emu.control.calls({ operation: 'DescribePredefinedAttribute' });
    expect(call.input).toEqual({ InstanceId: t.emu.instanceId, Name: WORKLOAD_TYPE });
  });

  test('an unknown attribute or instance is 404 ResourceNotFoundException; a name over 100 characters is 400', async () => {
    const unknown = await errorOf(describeAttribute('connect:NoSuchThing'));
    expect(unknown).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(unknown.message).toContain('connect:NoSuchThing');
    // Names are looked up exactly.
    expect((await errorOf(describeAttribute('connect:workloadtype'))).name).toBe('ResourceNotFoundException');
    expect((await errorOf(describeAttribute(WORKLOAD_TYPE, 'no-such-instance'))).status).toBe(404);
    const long = await errorOf(describeAttribute('n'.repeat(101)));
    expect(long).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    expect(long.message).toContain("at 'Name' failed to satisfy constraint: Member must have length less than or equal to 100");
  });
});

describe('ListPredefinedAttributes', () => {
  test('lists connect:WorkloadType and seeded customer attributes, paginated with opaque tokens (MaxResults 1..100)', async () => {
    await t.emu.control.seed({
      predefinedAttributes: [{ name: 'language', values: ['English', 'French'] }, { name: 'tier' }, { name: 'region', values: ['emea'] }],
    });
    const first = await t.connect.send(new ListPredefinedAttributesCommand({ InstanceId: t.emu.instanceId, MaxResults: 3 }));
    expect(first.PredefinedAttributeSummaryList!.map((a) => a.Name)).toEqual([WORKLOAD_TYPE, 'language', 'tier']);
    expect(first.PredefinedAttributeSummaryList![0]).toEqual({ Name: WORKLOAD_TYPE, LastModifiedTime: expect.any(Date), LastModifiedRegion: 'us-east-1' });
    expect(first.NextToken).toEqual(expect.any(String));
    const names: string[] = [];
    for await (const page of paginateListPredefinedAttributes({ client: t.connect, pageSize: 1 }, { InstanceId: t.emu.instanceId })) {
      expect(page.PredefinedAttributeSummaryList!.length).toBeLessThanOrEqual(1);
      names.push(...page.PredefinedAttributeSummaryList!.map((a) => a.Name!));
    }
    expect(names).toEqual([WORKLOAD_TYPE, 'language', 'tier', 'region']);
    const language = await describeAttribute('language');
    expect(language.PredefinedAttribute!.Values).toEqual({ StringList: ['English', 'French'] });
    for (const MaxResults of [0, 101]) {
      expect((await errorOf(t.connect.send(new ListPredefinedAttributesCommand({ InstanceId: t.emu.instanceId, MaxResults })))).name)
        .toBe('InvalidParameterException');
    }
    const foreign = await errorOf(t.connect.send(new ListPredefinedAttributesCommand({ InstanceId: t.emu.instanceId, NextToken: 'forged.token' })));
    expect(foreign.name).toBe('InvalidParameterException');
  });

  test('an unknown instance is 404', async () => {
    expect((await errorOf(t.connect.send(new ListPredefinedAttributesCommand({ InstanceId: 'nope' })))).status).toBe(404);
  });
});

describe('control: the values of connect:WorkloadType per instance', () => {
  test('set replaces, add merges keeping each value once; Describe shows the change', async () => {
    expect(await t.emu.control.workloadTypes()).toEqual({ instanceId: t.emu.instanceId, values: ['billing', 'returns', 'general'] });
    expect(await t.emu.control.setWorkloadTypes(['claims', 'refunds'])).toEqual({ instanceId: t.emu.instanceId, values: ['claims', 'refunds'] });
    expect(await workloadTypeValues()).toEqual(['claims', 'refunds']);
    expect((await t.emu.control.addWorkloadTypes(['refunds', 'fraud'])).values).toEqual(['claims', 'refunds', 'fraud']);
    expect(await workloadTypeValues()).toEqual(['claims', 'refunds', 'fraud']);
    expect((await t.emu.control.setWorkloadTypes([])).values).toEqual([]);
    expect(await workloadTypeValues()).toEqual([]);
  });

  test('each instance has its own values; reset restores the seeded ones', async () => {
    const { instances: [second] } = await t.emu.control.seed({ instances: [{ alias: 'second' }] });
    expect(second.workloadTypes).toEqual(['billing', 'returns', 'general']);
    await t.emu.control.setWorkloadTypes(['only-here'], second.instanceId);
    expect(await workloadTypeValues(second.instanceId)).toEqual(['only-here']);
    expect(await workloadTypeValues()).toEqual(['billing', 'returns', 'general']);
    await t.emu.control.addWorkloadTypes(['extra']);
    expect((await t.emu.control.summary()).workloadTypes).toEqual(['billing', 'returns', 'general', 'extra']);
    await t.emu.control.reset();
    expect(await workloadTypeValues()).toEqual(['billing', 'returns', 'general']);
  });

  test('values follow the Admin Guide: 1..100 characters, the published pattern (no connect:/aws: prefix), no duplicates, at most 500', async () => {
    for (const [values, message] of [
      [[''], /1 to 100 characters/],
      [['v'.repeat(101)], /1 to 100 characters/],
      [['connect:billing'], /does not match/],
      [['a*b'], /does not match/],
      [['dup', 'dup'], /duplicate value "dup"/],
      [Array.from({ length: 501 }, (_, i) => `v${i}`), /at most 500 values/],
    ] as Array<[string[], RegExp]>) {
      await expect(t.emu.control.setWorkloadTypes(values)).rejects.toThrow(message);
    }
    // Adding may not push the attribute past 500 values either; a failed change changes nothing.
    await t.emu.control.setWorkloadTypes(Array.from({ length: 499 }, (_, i) => `v${i}`));
    await expect(t.emu.control.addWorkloadTypes(['x', 'y'])).rejects.toThrow(/400.*at most 500 values per attribute, got: 501/);
    expect((await t.emu.control.workloadTypes()).values).toHaveLength(499);
    await expect(t.emu.control.setWorkloadTypes(['Billing Team 2', 'returns/EU', "o'clock"])).resolves.toBeDefined();
    await expect(t.emu.control.setWorkloadTypes(['x'], 'no-such-instance')).rejects.toThrow(/404/);
  });

  test('seeded customer attributes may not use the connect: prefix or reuse a name ignoring case', async () => {
    await expect(t.emu.control.seed({ predefinedAttributes: [{ name: 'connect:Mine' }] })).rejects.toThrow(/400.*no aws: or connect: prefix/);
    await expect(t.emu.control.seed({ predefinedAttributes: [{ name: 'Language' }, { name: 'language' }] })).rejects.toThrow(/already exists \(as "Language"\)/);
  });

  test('routing profiles may list workload types the attribute does not have, and keep them when a value is removed', async () => {
    const { RoutingProfileId } = await t.connect.send(new CreateRoutingProfileCommand({
      InstanceId: t.emu.instanceId,
      Name: 'tasks by workload',
      Description: 'd',
      DefaultOutboundQueueId: queueId(t.emu, 'BasicQueue'),
      MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 2 }, { WorkloadType: 'unlisted', Concurrency: 1 }] }],
    }));
    await t.emu.control.setWorkloadTypes(['returns']);
    const { RoutingProfile } = await t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId }));
    expect(RoutingProfile!.MediaConcurrencies![0].WorkloadTypeConcurrencies!.map((w) => w.WorkloadType)).toEqual(['billing', 'unlisted']);
  });
});
