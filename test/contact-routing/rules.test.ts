import * as fc from 'fast-check';
import { chooseAction, conditionHolds } from '../../lambda/contact-routing/evaluate-rules';
import { directAction } from '../../lambda/contact-routing/flow-parameters';
import { parseConfig } from '../../lambda/contact-routing/load-config';
import { FlowContact, parseFlowEvent } from '../../lambda/contact-routing/parse-event';
import { ContactRoutingConfigSpec, RoutingConditionSpec } from '../../src/private/contact-routing-contract';
import { configErrors, conditionErrors, rulesErrors } from '../../src/private/contact-routing-rules';

const INSTANCE_ARN = 'arn:aws:connect:eu-west-2:111122223333:instance/11111111-aaaa-bbbb-cccc-000000000001';
const QUEUE_ARN = `${INSTANCE_ARN}/queue/q-vip`;

function contact(overrides: Partial<FlowContact> = {}): FlowContact {
  return {
    contactId: 'c-1',
    instanceId: '11111111-aaaa-bbbb-cccc-000000000001',
    region: 'eu-west-2',
    attributes: {},
    parameters: {},
    channel: 'VOICE',
    initiationMethod: 'INBOUND',
    queue: { arn: QUEUE_ARN, id: 'q-vip', name: 'VIP' },
    ...overrides,
  };
}

const attribute = (test: string, operand: Partial<RoutingConditionSpec> = {}): RoutingConditionSpec =>
  ({ source: 'attribute', key: 'score', test, ...operand });

describe('conditions', () => {
  test.each([
    ['equals', attribute('equals', { values: ['gold'] }), { score: 'gold' }, true],
    ['equals is case-sensitive', attribute('equals', { values: ['gold'] }), { score: 'Gold' }, false],
    ['oneOf', attribute('oneOf', { values: ['a', 'b'] }), { score: 'b' }, true],
    ['oneOf, absent', attribute('oneOf', { values: ['a'] }), {}, false],
    ['present', attribute('present'), { score: 'x' }, true],
    ['present, empty string', attribute('present'), { score: '' }, false],
    ['present, absent', attribute('present'), {}, false],
    ['greaterThan', attribute('greaterThan', { number: 100 }), { score: '100.5' }, true],
    ['greaterThan, equal', attribute('greaterThan', { number: 100 }), { score: '100' }, false],
    ['atLeast, equal', attribute('atLeast', { number: 100 }), { score: ' 100 ' }, true],
    ['lessThan, negative', attribute('lessThan', { number: 0 }), { score: '-3' }, true],
    ['atMost, exponent', attribute('atMost', { number: 1000 }), { score: '1e3' }, true],
    ['a comparison with a word', attribute('greaterThan', { number: -1 }), { score: 'lots' }, false],
    ['a comparison with the empty string (not zero)', attribute('lessThan', { number: 1 }), { score: '' }, false],
    ['a comparison with hex (not a decimal)', attribute('greaterThan', { number: 1 }), { score: '0x10' }, false],
    ['a comparison, absent', attribute('atMost', { number: 5 }), {}, false],
  ])('attribute %s', (_name, condition, attributes, holds) => {
    expect(conditionHolds(condition, contact({ attributes }))).toBe(holds);
  });

  test.each([
    ['constructor', 'present', {}],
    ['toString', 'greaterThan', { number: 1 }],
    ['hasOwnProperty', 'equals', { values: ['x'] }],
    ['__proto__', 'present', {}],
  ])('a key every object inherits (%s) is absent unless the contact has it', (key, test, operand) => {
    for (const source of ['attribute', 'parameter']) {
      const condition = { source, key, test, ...operand } as RoutingConditionSpec;
      expect(conditionHolds(condition, contact())).toBe(false);
    }
    const own = JSON.parse(`{${JSON.stringify(key)}: "5"}`) as Record<string, string>;
    expect(conditionHolds({ source: 'attribute', key, test: 'present' }, contact({ attributes: own }))).toBe(true);
    expect(conditionHolds({ source: 'parameter', key, test: 'atLeast', number: 5 }, contact({ parameters: own }))).toBe(true);
  });

  test('parameters are read from the flow parameters, not the attributes', () => {
    const condition: RoutingConditionSpec = { source: 'parameter', key: 'segment', test: 'equals', values: ['smb'] };
    expect(conditionHolds(condition, contact({ parameters: { segment: 'smb' } }))).toBe(true);
    expect(conditionHolds(condition, contact({ attributes: { segment: 'smb' } }))).toBe(false);
  });

  test('channel and initiation method', () => {
    expect(conditionHolds({ source: 'channel', test: 'oneOf', values: ['CHAT', 'VOICE'] }, contact())).toBe(true);
    expect(conditionHolds({ source: 'channel', test: 'oneOf', values: ['CHAT'] }, contact())).toBe(false);
    expect(conditionHolds({ source: 'channel', test: 'oneOf', values: ['VOICE'] }, contact({ channel: undefined }))).toBe(false);
    expect(conditionHolds({ source: 'initiationMethod', test: 'oneOf', values: ['CALLBACK'] }, contact({ initiationMethod: 'CALLBACK' }))).toBe(true);
    expect(conditionHolds({ source: 'initiationMethod', test: 'oneOf', values: ['CALLBACK'] }, contact())).toBe(false);
  });

  test('queue by ARN, id or name; no queue never matches', () => {
    const queue = (ref: Record<string, string>): RoutingConditionSpec => ({ source: 'queue', test: 'equals', queue: ref });
    expect(conditionHolds(queue({ Arn: QUEUE_ARN }), contact())).toBe(true);
    expect(conditionHolds(queue({ Arn: `${INSTANCE_ARN}/queue/other` }), contact())).toBe(false);
    expect(conditionHolds(queue({ Id: 'q-vip' }), contact())).toBe(true);
    expect(conditionHolds(queue({ Name: 'VIP' }), contact())).toBe(true);
    expect(conditionHolds(queue({ Name: 'vip' }), contact())).toBe(false);
    expect(conditionHolds(queue({ Name: 'VIP' }), contact({ queue: undefined }))).toBe(false);
  });

  test('an unknown source or test never holds', () => {
    expect(conditionHolds({ source: 'weather', test: 'equals', values: ['sunny'] }, contact())).toBe(false);
    expect(conditionHolds(attribute('startsWith', { values: ['g'] }), contact({ attributes: { score: 'gold' } }))).toBe(false);
  });
});

describe('chooseAction', () => {
  const config: ContactRoutingConfigSpec = {
    version: '1',
    rules: [
      { name: 'vip', conditions: [{ source: 'attribute', key: 'tier', test: 'equals', values: ['gold'] }], queuePriority: 1 },
      {
        name: 'big-chat',
        conditions: [{ source: 'channel', test: 'oneOf', values: ['CHAT'] }, attribute('atLeast', { number: 10 })],
        queueTimeAdjustmentSeconds: 120,
      },
    ],
  };

  test('the first rule whose conditions all hold wins; the result carries one action only', () => {
    expect(chooseAction(config, contact({ attributes: { tier: 'gold', score: '50' }, channel: 'CHAT' })))
      .toEqual({ rule: 'vip', action: { queuePriority: 1 } });
    expect(chooseAction(config, contact({ attributes: { score: '50' }, channel: 'CHAT' })))
      .toEqual({ rule: 'big-chat', action: { queueTimeAdjustmentSeconds: 120 } });
    expect(chooseAction(config, contact({ attributes: { score: '50' } }))).toBeUndefined();
  });

  test('the default applies when no rule matches', () => {
    expect(chooseAction({ ...config, defaultAction: { queueTimeAdjustmentSeconds: -5 } }, contact()))
      .toEqual({ rule: 'default', action: { queueTimeAdjustmentSeconds: -5 } });
  });

  test('property: the decision is the first rule that matches on its own, else the default', () => {
    const tiers = ['gold', 'silver', 'bronze'];
    const ruleArb = fc.record({
      tier: fc.constantFrom(...tiers),
      priority: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(fc.property(fc.array(ruleArb, { maxLength: 6 }), fc.constantFrom(...tiers, 'none'), fc.boolean(), (rules, tier, withDefault) => {
      const spec: ContactRoutingConfigSpec = {
        version: '1',
        rules: rules.map((r, i) => ({
          name: `r${i}`, conditions: [{ source: 'attribute', key: 'tier', test: 'equals', values: [r.tier] }], queuePriority: r.priority,
        })),
        ...(withDefault ? { defaultAction: { queuePriority: 5 } } : {}),
      };
      const chosen = chooseAction(spec, contact({ attributes: { tier } }));
      const first = rules.findIndex((r) => r.tier === tier);
      if (first >= 0) {
        expect(chosen).toEqual({ rule: `r${first}`, action: { queuePriority: rules[first].priority } });
      } else {
        expect(chosen).toEqual(withDefault ? { rule: 'default', action: { queuePriority: 5 } } : undefined);
      }
    }));
  });
});

describe('directAction (values passed by the flow)', () => {
  test.each([
    [{}, { kind: 'none' }],
    [{ queuePriority: '' }, { kind: 'none' }],
    [{ queuePriority: '1' }, { kind: 'action', action: { queuePriority: 1 } }],
    [{ queuePriority: '+7' }, { kind: 'action', action: { queuePriority: 7 } }],
    [{ queueTimeAdjustmentSeconds: '-2147483648' }, { kind: 'action', action: { queueTimeAdjustmentSeconds: -2147483648 } }],
    [{ queueTimeAdjustmentSeconds: '0' }, { kind: 'action', action: { queueTimeAdjustmentSeconds: 0 } }],
  ])('%j', (parameters, expected) => {
    expect(directAction(parameters)).toEqual(expected);
  });

  test('property: any whole priority from 1 passes, anything below 1 is invalid and named', () => {
    fc.assert(fc.property(fc.integer({ min: -1000, max: 1_000_000 }), (n) => {
      const result = directAction({ queuePriority: String(n) });
      if (n >= 1) {
        expect(result).toEqual({ kind: 'action', action: { queuePriority: n } });
      } else {
        expect(result).toEqual({ kind: 'invalid', reason: expect.stringMatching(/^`Details\.Parameters\.queuePriority` .* got: -?\d+$/) });
      }
    }));
  });
});

describe('parseFlowEvent', () => {
  const event = {
    Details: {
      ContactData: {
        ContactId: 'c-1',
        InstanceARN: INSTANCE_ARN,
        Channel: 'CHAT',
        InitiationMethod: 'API',
        Attributes: { tier: 'gold' },
        Queue: { ARN: QUEUE_ARN, Name: 'VIP' },
      },
      Parameters: { queuePriority: '2' },
    },
    Name: 'ContactFlowEvent',
  };

  test('reads the contact, its instance and Region from the ARN, and its queue id from the queue ARN', () => {
    expect(parseFlowEvent(event)).toEqual({
      ok: true,
      contact: contact({
        channel: 'CHAT', initiationMethod: 'API', attributes: { tier: 'gold' }, parameters: { queuePriority: '2' },
      }),
    });
  });

  test('no queue, no attributes and no parameters are fine', () => {
    const bare = { Details: { ContactData: { ContactId: 'c-1', InstanceARN: INSTANCE_ARN, Queue: null } } };
    expect(parseFlowEvent(bare)).toEqual({ ok: true, contact: expect.objectContaining({ attributes: {}, parameters: {}, queue: undefined }) });
  });

  test('a bad field is named, and contact data is not echoed', () => {
    const bad = { Details: { ...event.Details, ContactData: { ...event.Details.ContactData, Attributes: { ssn: 123456789 } } } };
    const parsed = parseFlowEvent(bad);
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('`Details.ContactData.Attributes` must be a map of strings') });
    expect(JSON.stringify(parsed)).not.toContain('123456789');
  });
});

describe('rule checks (shared by the construct and the handler)', () => {
  test('each rule message names the field, the rule and the value', () => {
    expect(rulesErrors([
      { name: 'default', conditions: [attribute('present')], queuePriority: 1 },
      { name: 'a', conditions: [], queuePriority: 1, queueTimeAdjustmentSeconds: 10 },
      { name: 'a', conditions: [attribute('present')] },
      { name: 'b', conditions: [attribute('present')], queuePriority: 0.5 },
    ])).toEqual([
      expect.stringMatching(/^`rules\[0\]\.name` must not be "default" or "parameter".*got: "default"$/),
      expect.stringMatching(/^`rules\[1\]\.conditions` must hold at least one condition .*got: \[\]$/),
      '`rules[1]` must set exactly one of `priority` and `queueTimeAdjustment` (Connect takes a priority or an age adjustment, '
        + 'never both), got: {"priority":1,"queueTimeAdjustment":10}',
      expect.stringMatching(/^`rules\[2\]\.name` must differ from the name of `rules\[1\]`.*got: "a"$/),
      expect.stringMatching(/^`rules\[2\]` must set exactly one of .*got: \{\}$/),
      expect.stringMatching(/^`rules\[3\]\.priority` must be a whole number from 1 to 9007199254740991 .*got: 0\.5$/),
    ]);
  });

  test.each([
    [{ source: 'attribute', key: '', test: 'present' }, '`c.key` must be the name of a contact attribute, 1 to 256 characters long, got: ""'],
    [{ source: 'parameter', key: 'queuePriority', test: 'present' }, '`c.key` must not be "queuePriority" or "queueTimeAdjustmentSeconds"'],
    [{ source: 'attribute', key: 'k', test: 'oneOf', values: [] }, '`c.values` must hold at least one value (an empty list never matches), got: []'],
    [{ source: 'attribute', key: 'k', test: 'equals', values: ['a', 'b'] }, '`c.values` must hold exactly one value'],
    [{ source: 'attribute', key: 'k', test: 'greaterThan', number: Number.NaN }, '`c.number` must be a finite number'],
    [{ source: 'attribute', key: 'k', test: 'matches' }, '`c.test` must be one of equals, oneOf, present'],
    [{ source: 'channel', test: 'oneOf', values: ['voice'] }, '`c.values[0]` must be a Connect channel'],
    [{ source: 'queue', test: 'equals', queue: { Name: 'a', Id: 'b' } }, '`c.queue` must name a queue by exactly one of Arn, Id or Name'],
    [{ source: 'weather', test: 'equals' }, '`c.source` must be one of attribute, parameter, channel, queue, initiationMethod'],
  ])('condition %j', (condition, message) => {
    expect(conditionErrors(condition as RoutingConditionSpec, 'c')).toEqual([expect.stringContaining(message)]);
  });

  test('the handler\'s configuration check', () => {
    expect(configErrors([])).toEqual(['`config` must be a JSON object, got: []']);
    expect(configErrors({ version: '1', rules: {} })).toEqual(['`config.rules` must be a list, got: {}']);
    expect(configErrors({ version: '1', rules: [], defaultAction: { queuePriority: 1, queueTimeAdjustmentSeconds: 2 } }))
      .toEqual([expect.stringContaining('`config.defaultAction` must set exactly one of `queuePriority` and `queueTimeAdjustmentSeconds`')]);
    expect(configErrors({ version: '1', rules: [], defaultAction: null })).toEqual(['`config.defaultAction` must be an object, got: null']);
    expect(parseConfig(JSON.stringify({ version: '1', rules: [] }), 'X')).toEqual({ ok: true, config: { version: '1', rules: [] } });
  });
});
