import type { ProgressEvent, ProgressListener } from '../../local-deploy';

/** How often a resource still in progress is mentioned, so a slow handler never leaves the terminal silent. */
const STILL_RUNNING_MS = 5000;

export interface ProgressPrinter {
  readonly listener: ProgressListener;
  /** Resources the local deploy listed without running (summed up once, not printed one by one). */
  readonly skipped: ProgressEvent[];
  stop(): void;
}

/**
 * Prints each resource's progress as CloudFormation's stack events would show it, one line per status, with
 * the time an operation took; a resource still in progress after 5 s is mentioned every 5 s.
 */
export function progressPrinter(out: (line: string) => void): ProgressPrinter {
  const skipped: ProgressEvent[] = [];
  let current: { key: string; started: number; timer: NodeJS.Timeout } | undefined;
  const stopTimer = () => {
    if (current) clearInterval(current.timer);
    current = undefined;
  };
  const listener: ProgressListener = (event) => {
    if (event.status === 'SKIPPED') {
      skipped.push(event);
      return;
    }
    const key = `${event.stackName}/${event.logicalId}`;
    const took = current?.key === key ? `  ${((Date.now() - current.started) / 1000).toFixed(1)} s` : '';
    stopTimer();
    const reason = event.reason && (event.status.endsWith('FAILED') || event.status === 'DELETE_SKIPPED' || event.status.startsWith('UPDATE_ROLLBACK'))
      ? `  ${event.reason}` : '';
    out(`  ${event.stackName}  ${event.status.padEnd(27)} ${event.logicalId.padEnd(50)} ${event.resourceType}${took}${reason}`);
    if (event.status.endsWith('_IN_PROGRESS')) {
      const started = Date.now();
      const timer = setInterval(() => out(`  ${event.stackName}  ${'… still in progress'.padEnd(27)} ${event.logicalId.padEnd(50)} `
        + `${((Date.now() - started) / 1000).toFixed(0)} s`), STILL_RUNNING_MS);
      timer.unref();
      current = { key, started, timer };
    }
  };
  return { listener, skipped, stop: stopTimer };
}

/** "12 skipped (AWS::IAM::Role, AWS::Events::Rule, …)": what the local deploy does not run, by type. */
export function skippedSummary(skipped: readonly ProgressEvent[]): string {
  const types = [...new Set(skipped.filter((e) => e.resourceType !== 'AWS::Lambda::Function').map((e) => e.resourceType))];
  const functions = skipped.filter((e) => e.resourceType === 'AWS::Lambda::Function').length;
  const others = skipped.length - functions;
  return [
    others ? `${others} resource(s) the local deploy does not run, skipped (${types.join(', ')})` : '',
    functions ? `${functions} Lambda function(s) not deployed, their code kept to run locally` : '',
  ].filter((part) => part).join('; ');
}
