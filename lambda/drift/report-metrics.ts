/**
 * The run's metrics as CloudWatch embedded metric format (EMF) log lines: Lambda's log agent turns them into
 * metrics, so reporting costs no API call and needs no permission. One line per stack, one per checked
 * resource (a zero when in sync, so alarms see data rather than gaps).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import { DRIFT_FOUND, DriftStatus, NOT_CHECKED, ResourceOutcome } from './outcome';
import { DRIFT_METRIC_NAMESPACE, DriftMetric } from '../../src/private/contract';

/** The stack-level counts of one run. */
export interface DriftCounts {
  readonly driftedProfiles: number;
  readonly driftedFields: number;
  readonly correctedProfiles: number;
  readonly uncheckedProfiles: number;
}

export function countOutcomes(outcomes: readonly ResourceOutcome[]): DriftCounts {
  return {
    driftedProfiles: outcomes.filter((o) => DRIFT_FOUND.has(o.status)).length,
    driftedFields: outcomes.reduce((total, o) => total + o.differences.length, 0),
    correctedProfiles: outcomes.filter((o) => o.status === DriftStatus.CORRECTED).length,
    uncheckedProfiles: outcomes.filter((o) => NOT_CHECKED.has(o.status)).length,
  };
}

/** The EMF lines of a run, each a JSON document for one log event. */
export function metricLines(stackName: string, outcomes: readonly ResourceOutcome[], timestamp: number): string[] {
  const counts = countOutcomes(outcomes);
  const stackLine = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [{
        Namespace: DRIFT_METRIC_NAMESPACE,
        Dimensions: [[DriftMetric.STACK_DIMENSION]],
        Metrics: [
          { Name: DriftMetric.DRIFTED_PROFILES, Unit: 'Count' },
          { Name: DriftMetric.DRIFTED_FIELDS, Unit: 'Count' },
          { Name: DriftMetric.CORRECTED_PROFILES, Unit: 'Count' },
          { Name: DriftMetric.UNCHECKED_PROFILES, Unit: 'Count' },
        ],
      }],
    },
    [DriftMetric.STACK_DIMENSION]: stackName,
    [DriftMetric.DRIFTED_PROFILES]: counts.driftedProfiles,
    [DriftMetric.DRIFTED_FIELDS]: counts.driftedFields,
    [DriftMetric.CORRECTED_PROFILES]: counts.correctedProfiles,
    [DriftMetric.UNCHECKED_PROFILES]: counts.uncheckedProfiles,
  };
  // Per resource only where the run learned something: checked resources, drifted or not.
  const resourceLines = outcomes
    .filter((o) => !NOT_CHECKED.has(o.status) && o.status !== DriftStatus.IGNORED)
    .map((o) => ({
      _aws: {
        Timestamp: timestamp,
        CloudWatchMetrics: [{
          Namespace: DRIFT_METRIC_NAMESPACE,
          Dimensions: [[DriftMetric.STACK_DIMENSION, DriftMetric.RESOURCE_DIMENSION]],
          Metrics: [{ Name: DriftMetric.DRIFTED_FIELDS, Unit: 'Count' }],
        }],
      },
      [DriftMetric.STACK_DIMENSION]: stackName,
      [DriftMetric.RESOURCE_DIMENSION]: o.logicalResourceId,
      [DriftMetric.DRIFTED_FIELDS]: o.differences.length,
      status: o.status,
    }));
  return [stackLine, ...resourceLines].map((line) => JSON.stringify(line));
}
