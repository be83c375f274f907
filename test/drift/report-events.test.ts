import { DriftStatus, ResourceOutcome } from '../../lambda/drift/outcome';
import { DIFFERENCES_OMITTED_LOG_EVENT, eventEntries } from '../../lambda/drift/report-events';

const run = { stackName: 'ContactCenter', stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/ContactCenter/1', checkedAt: '2026-10-01T10:15:00.000Z' };

function drifted(logicalResourceId: string, fields: number): ResourceOutcome {
  return {
    logicalResourceId,
    status: DriftStatus.DRIFTED,
    differences: Array.from({ length: fields }, (_, i) => ({ field: `tags.key${i}`, expected: 'x'.repeat(100), actual: 'y'.repeat(100) })),
  };
}

test('a differences list too large for its event is logged in full, where the event says it is', () => {
  const lines: string[] = [];
  const huge = drifted('Huge', 2_000);

  const [entry] = eventEntries([huge], run, 'default', (line) => lines.push(line));

  const detail = JSON.parse(entry.Detail!);
  expect(detail).toMatchObject({
    differenceCount: 2_000, differences: [], differencesOmitted: expect.stringContaining(DIFFERENCES_OMITTED_LOG_EVENT),
  });
  expect(lines.map((l) => JSON.parse(l))).toEqual([
    { event: DIFFERENCES_OMITTED_LOG_EVENT, logicalResourceId: 'Huge', checkedAt: run.checkedAt, differences: huge.differences },
  ]);
});

test('a list that fits stays in the event and nothing is logged', () => {
  const lines: string[] = [];
  const small = drifted('Small', 3);
  const [entry] = eventEntries([small], run, 'default', (line) => lines.push(line));
  expect(JSON.parse(entry.Detail!).differences).toEqual(small.differences);
  expect(lines).toEqual([]);
});
