import { queueIdFromArn } from '../../src/private/connect-arn';
import { queueRefKey } from '../../src/private/queue-ref-spec';

const ARN = 'arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/inst-1/queue/q-1';

describe('queueIdFromArn', () => {
  test('takes the last segment of a queue ARN', () => {
    expect(queueIdFromArn(ARN)).toBe('q-1');
  });

  test('returns undefined for a routing-profile ARN or a bare id', () => {
    expect(queueIdFromArn('arn:aws:connect:us-east-1:123456789012:instance/inst-1/routing-profile/rp-1')).toBeUndefined();
    expect(queueIdFromArn('q-1')).toBeUndefined();
  });
});

describe('queueRefKey', () => {
  test('keys an ARN and its id alike, and a name apart', () => {
    expect(queueRefKey({ Arn: ARN })).toBe('Id:q-1');
    expect(queueRefKey({ Id: 'q-1' })).toBe('Id:q-1');
    expect(queueRefKey({ Name: 'q-1' })).toBe('Name:q-1');
  });

  test('keys a string that is not a queue ARN by itself, so equal strings still compare equal', () => {
    expect(queueRefKey({ Arn: 'arn:partial' })).toBe('Arn:arn:partial');
  });

  test('has no key for a spec that names no queue', () => {
    expect(queueRefKey({})).toBeUndefined();
  });
});
