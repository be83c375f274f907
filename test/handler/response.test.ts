/**
 * The response to CloudFormation: a PUT to a pre-signed S3 URL that can fail like any request. A failed upload is
 * retried with backoff within the invocation; when it cannot get through, the handler throws, Lambda runs the same
 * event again, and that re-run must change nothing more.
 */
import { ALL_CHANNELS, expectLiveMatches, guardConsoleAndResponses, pairs } from './expectations';
import { HandlerHarness } from './harness';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ extraQueues: 2 }); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
const output = guardConsoleAndResponses(() => h);

test('an upload answered 503, then cut off, is retried: CloudFormation gets the one result and the handler returns', async () => {
  h.failNextResponses(503, 'drop');
  const spec = h.spec();

  const result = await h.create(spec);

  expect(result).toMatchObject({ status: 'SUCCESS' });
  expect(h.responses.filter((r) => r.RequestId === h.responses.at(-1)!.RequestId)).toEqual([
    expect.objectContaining({ Status: 'SUCCESS', PhysicalResourceId: result.physicalResourceId }),
  ]);
  expect(output.lines.filter((line) => line.includes('response upload failed, retrying'))).toHaveLength(2);
});

test('an upload that keeps failing is retried until shortly before the invocation ends, then the handler throws', async () => {
  h.failNextResponses(...Array<number>(20).fill(500));
  const accepted = h.responses.length;

  // 3 s left: the upload may retry for about 2 s (0.5 s, then 1 s between attempts).
  await expect(h.create(h.spec(), { remainingMs: 3_000 })).rejects.toThrow(/^CloudFormation response upload failed after [2-4] attempt\(s\): HTTP 500$/);
  expect(h.responses).toHaveLength(accepted);
});

test('a 403 (an expired URL) is not retried; Lambda\'s re-run of that Create resumes the profile it made, with no write', async () => {
  const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 12), Tags: { team: 'a' } });
  h.failNextResponses(403);

  await expect(h.create(spec)).rejects.toThrow('CloudFormation response upload failed after 1 attempt(s): HTTP 403');
  expect((await h.successfulWrites()).map((c) => c.operation)).toEqual(['CreateRoutingProfile', 'AssociateRoutingProfileQueues']);
  await h.emulator.control.clearCalls();

  const rerun = await h.create(spec);

  expect(rerun).toMatchObject({ status: 'SUCCESS' });
  expect((await h.profileNames()).filter((name) => name === spec.Name)).toHaveLength(1);
  expect(await h.successfulWrites()).toEqual([]);
  expectLiveMatches(h, await h.readProfile(rerun.data!.RoutingProfileId), spec);
});

test('Lambda\'s re-run of an Update whose response was lost makes no write', async () => {
  const before = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 3) });
  const created = await h.create(before);
  const after = h.spec({ Description: 'changed', MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 5) });
  h.failNextResponses(403);
  await expect(h.update(created.physicalResourceId, after, before)).rejects.toThrow(/HTTP 403/);
  await h.emulator.control.clearCalls();

  const rerun = await h.update(created.physicalResourceId, after, before);

  expect(rerun).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
  expect(await h.successfulWrites()).toEqual([]);
  expectLiveMatches(h, await h.readProfile(created.data!.RoutingProfileId), after);
});
