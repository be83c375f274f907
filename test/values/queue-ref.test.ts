import { App, aws_connect as connect, Lazy, Stack, Token } from 'aws-cdk-lib';
import { QueueRef } from '../../src';

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/queue/q-1';

describe('QueueRef', () => {
  test('fromQueueArn renders the spec by Arn and keys by the queue id', () => {
    const ref = QueueRef.fromQueueArn(ARN);
    expect(ref.queueArn).toBe(ARN);
    expect(ref.queueId).toBeUndefined();
    expect(ref._toSpec()).toEqual({ Arn: ARN });
    expect(ref._key()).toBe('Id:q-1');
  });

  test('fromQueueId renders by Id and shares the key of the matching ARN', () => {
    const ref = QueueRef.fromQueueId('q-1');
    expect(ref.queueId).toBe('q-1');
    expect(ref._toSpec()).toEqual({ Id: 'q-1' });
    expect(ref._key()).toBe(QueueRef.fromQueueArn(ARN)._key());
  });

  test('fromQueueName renders by Name, keyed apart from ids', () => {
    const ref = QueueRef.fromQueueName('BasicQueue');
    expect(ref.queueName).toBe('BasicQueue');
    expect(ref._toSpec()).toEqual({ Name: 'BasicQueue' });
    expect(ref._key()).toBe('Name:BasicQueue');
  });

  test('fromCfnQueue uses the L1 queue ARN attribute and has no key until deploy', () => {
    const stack = new Stack(new App(), 'Stack');
    const queue = new connect.CfnQueue(stack, 'Queue', {
      instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/inst-1',
      name: 'Sales',
      hoursOfOperationArn: 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/operating-hours/h-1',
    });
    const ref = QueueRef.fromCfnQueue(queue);
    expect(stack.resolve(ref._toSpec())).toEqual({ Arn: { 'Fn::GetAtt': ['Queue', 'QueueArn'] } });
    expect(ref._key()).toBeUndefined();
  });

  test('the spec is a copy, so a caller cannot change the reference', () => {
    const ref = QueueRef.fromQueueId('q-1');
    (ref._toSpec() as { Id?: string }).Id = 'other';
    expect(ref._toSpec()).toEqual({ Id: 'q-1' });
  });

  test('rejects a malformed ARN, id or name at once, naming the argument', () => {
    expect(() => QueueRef.fromQueueArn('q-1')).toThrow(/^`queueArn` must be a Connect queue ARN .*got: "q-1"$/);
    expect(() => QueueRef.fromQueueArn(`${ARN}/extra`)).toThrow(/got: ".*\/extra"$/);
    expect(() => QueueRef.fromQueueId('')).toThrow('`queueId` must be a non-empty Connect queue id without "/", got: ""');
    expect(() => QueueRef.fromQueueId(ARN)).toThrow(/^`queueId` .*got: "arn:/);
    expect(() => QueueRef.fromQueueName('')).toThrow('`queueName` must be 1 to 256 characters long, got: ""');
    expect(() => QueueRef.fromQueueName('n'.repeat(257))).toThrow(/\(257 characters\)$/);
  });

  test('accepts tokens of every kind, with no key', () => {
    const token = Lazy.string({ produce: () => 'not-an-arn' });
    for (const ref of [QueueRef.fromQueueArn(token), QueueRef.fromQueueId(token), QueueRef.fromQueueName(token)]) {
      expect(Token.isUnresolved(Object.values(ref._toSpec())[0])).toBe(true);
      expect(ref._key()).toBeUndefined();
    }
  });
});
