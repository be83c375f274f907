import { sendWithChannelConcurrencyFallback } from '../../lambda/connect/channel-concurrency-fallback';
import type { MediaConcurrencyBody } from '../../lambda/reconcile';

const LIST: MediaConcurrencyBody[] = [
  { Channel: 'VOICE', Concurrency: 1 },
  { Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 3 }] },
];

function refused(name: string): Error {
  return Object.assign(new Error(`${name} from Connect`), { name });
}

/** A `send` that answers each attempt in turn (an error is thrown), recording what it was sent. */
function answering(...answers: Array<'ok' | Error>) {
  const sent: MediaConcurrencyBody[][] = [];
  const send = async (list: MediaConcurrencyBody[]) => {
    sent.push(list);
    const answer = answers[sent.length - 1];
    if (answer instanceof Error) throw answer;
    return sent.length;
  };
  return { sent, send };
}

test('sent once, without a channel-level Concurrency beside workload types, when Connect takes it', async () => {
  const { sent, send } = answering('ok');
  await expect(sendWithChannelConcurrencyFallback(LIST, send)).resolves.toBe(1);
  expect(sent).toEqual([LIST]);
});

test('refused with InvalidParameterException: sent once more with Concurrency 0 on the workload-type channels only', async () => {
  const { sent, send } = answering(refused('InvalidParameterException'), 'ok');
  await expect(sendWithChannelConcurrencyFallback(LIST, send)).resolves.toBe(2);
  expect(sent[1]).toEqual([LIST[0], { ...LIST[1], Concurrency: 0 }]);
});

test('the retry refused too: the first refusal is reported', async () => {
  const first = refused('InvalidParameterException');
  const { sent, send } = answering(first, refused('InvalidParameterException'));
  await expect(sendWithChannelConcurrencyFallback(LIST, send)).rejects.toBe(first);
  expect(sent).toHaveLength(2);
});

test('another error, or a list without a bare workload-type channel, is never retried', async () => {
  const denied = answering(refused('AccessDeniedException'));
  await expect(sendWithChannelConcurrencyFallback(LIST, denied.send)).rejects.toThrow('AccessDeniedException from Connect');
  expect(denied.sent).toHaveLength(1);

  const plain = answering(refused('InvalidParameterException'));
  await expect(sendWithChannelConcurrencyFallback([LIST[0]], plain.send)).rejects.toThrow('InvalidParameterException from Connect');
  expect(plain.sent).toHaveLength(1);
});
