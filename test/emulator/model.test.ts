import * as fc from 'fast-check';
import committed from '../../emulator/model/connect-model.json';
import { extractModel } from '../../emulator/model/extract';
import { CONNECT_MODEL } from '../../emulator/model/model';
import { SERVED_OPERATIONS } from '../../emulator/model/served-operations';
import { validateShape } from '../../emulator/model/validate';

describe('model extraction', () => {
  test('keeps served operations and the shapes they reach, strips documentation, and keeps every http binding', () => {
    const source = {
      metadata: { apiVersion: '2017-08-08', protocol: 'rest-json', signingName: 'connect', serviceId: 'Connect' },
      operations: Object.fromEntries([
        ...SERVED_OPERATIONS.map((name) => [name, { name, http: { method: 'POST', requestUri: `/${name}` }, input: { shape: 'In' }, errors: [{ shape: 'Err' }] }]),
        ['SomethingElse', { name: 'SomethingElse', http: { method: 'GET', requestUri: '/else/{Id}' }, input: { shape: 'Unreached' } }],
      ]),
      shapes: {
        In: { type: 'structure', documentation: '<p>doc</p>', members: { A: { shape: 'S', documentation: 'x' }, L: { shape: 'List' } } },
        S: { type: 'string', min: 1, max: 3 },
        List: { type: 'list', member: { shape: 'S' } },
        Err: { type: 'structure', members: {}, error: { httpStatusCode: 400 }, exception: true },
        Unreached: { type: 'structure', members: {} },
      },
    };
    const model = extractModel(source as any) as any;
    expect(Object.keys(model.shapes)).toEqual(['Err', 'In', 'List', 'S']);
    expect(model.shapes.In).toEqual({ type: 'structure', members: { A: { shape: 'S' }, L: { shape: 'List' } } });
    expect(model.httpBindings.SomethingElse).toEqual({ method: 'GET', requestUri: '/else/{Id}' });
    expect(Object.keys(model.operations)).toEqual([...SERVED_OPERATIONS]);
  });

  test('the committed model serves every operation and carries botocore 1.43.107\'s workload-type shapes as published', () => {
    const shapes = committed.shapes as any;
    expect(Object.keys(committed.operations).sort()).toEqual([...SERVED_OPERATIONS].sort());
    expect(committed.source).toContain('1.43.107');
    expect(shapes.MediaConcurrency.required).toEqual(['Channel']);
    expect(shapes[shapes.MediaConcurrency.members.Concurrency.shape]).toMatchObject({ type: 'integer', min: 0, max: 10 });
    expect(shapes.WorkloadTypeConcurrencies).toMatchObject({ type: 'list', min: 1, max: 5 });
    expect(shapes.WorkloadTypeConcurrency.required).toEqual(['WorkloadType', 'Concurrency']);
    expect(shapes[shapes.WorkloadTypeConcurrency.members.Concurrency.shape]).toMatchObject({ type: 'integer', min: 1, max: 10 });
    expect(shapes.ChannelWorkloadBehaviorType.enum).toEqual([
      'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY', 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
    ]);
  });

  test('the emulator loads the committed model unchanged', () => {
    expect(CONNECT_MODEL.shapes).toEqual(committed.shapes);
    expect(CONNECT_MODEL.operations).toEqual(committed.operations);
  });
});

describe('validator properties', () => {
  test('RoutingProfileName: accepted exactly when 1..127 code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
      const length = [...name].length;
      const violations = validateShape('RoutingProfileName', name, 'Name');
      expect(violations.length === 0).toBe(length >= 1 && length <= 127);
    }));
  });

  test('Priority: accepted exactly when an integer in 1..99', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double({ noNaN: true })), (n) => {
      const ok = validateShape('Priority', n, 'Priority').length === 0;
      expect(ok).toBe(Number.isInteger(n) && n >= 1 && n <= 99);
    }));
  });

  test('TagKey: any key starting with aws: is rejected', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_.:/=+\-@ ]{0,100}$/), (rest) => {
      expect(validateShape('TagKey', `aws:${rest}`, 'key')).not.toHaveLength(0);
      if (rest.length > 0 && !rest.startsWith('aws:')) expect(validateShape('TagKey', rest, 'key')).toHaveLength(0);
    }));
  });
});
