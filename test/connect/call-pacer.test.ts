import { CallPacer, PacerDeadlineError } from '../../lambda/connect/call-pacer';

/** A fake clock: sleeping advances it, so spacing is checked without waiting. */
function fakeClock(start = 1_000) {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => { slept.push(ms); now += ms; },
    slept,
    advance: (ms: number) => { now += ms; },
  };
}

describe('CallPacer', () => {
  test('spaces the calls of one operation 1/rate apart, and lets other operations through without waiting', async () => {
    const clock = fakeClock();
    const pacer = new CallPacer({ callsPerSecond: 2, deadline: 100_000, ...clock });
    const starts: Array<[string, number]> = [];
    for (const op of ['Describe', 'List', 'Describe', 'Describe', 'List']) {
      await pacer.take(op);
      starts.push([op, clock.now()]);
    }
    const describeStarts = starts.filter(([op]) => op === 'Describe').map(([, t]) => t);
    expect(describeStarts[1] - describeStarts[0]).toBeGreaterThanOrEqual(500);
    expect(describeStarts[2] - describeStarts[1]).toBeGreaterThanOrEqual(500);
    // The first List did not wait behind Describe.
    expect(starts[1][1]).toBe(starts[0][1]);
  });

  test('a quiet period gives no burst: after a pause the next call goes at once, the one after waits again', async () => {
    const clock = fakeClock();
    const pacer = new CallPacer({ callsPerSecond: 1, deadline: 100_000, ...clock });
    await pacer.take('Op');
    clock.advance(10_000);
    await pacer.take('Op');
    expect(clock.slept).toEqual([]);
    await pacer.take('Op');
    expect(clock.slept).toHaveLength(1);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(1000);
  });

  test('a slot past the deadline fails at once instead of waiting', async () => {
    const clock = fakeClock();
    const pacer = new CallPacer({ callsPerSecond: 1, deadline: 1_500, ...clock });
    await pacer.take('Op');
    await expect(pacer.take('Op')).rejects.toBeInstanceOf(PacerDeadlineError);
    expect(clock.slept).toEqual([]);
  });

  test('a rate that is not a positive number is refused, naming the field and the value', () => {
    expect(() => new CallPacer({ callsPerSecond: 0, deadline: 1 })).toThrow('`callsPerSecond` must be greater than 0, got: 0');
    expect(() => new CallPacer({ callsPerSecond: Number.NaN, deadline: 1 })).toThrow('got: NaN');
  });
});
