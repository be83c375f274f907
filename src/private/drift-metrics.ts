import { Duration, aws_cloudwatch as cloudwatch } from 'aws-cdk-lib';
import { DRIFT_METRIC_NAMESPACE } from './contract';

/**
 * A drift metric as the reconciler writes it (embedded metric format). Maximum over an hour by default: a run
 * writes one value per resource, and several runs fall in one period; the worst one is what matters.
 */
export function driftMetric(metricName: string, dimensionsMap: Record<string, string>, props: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: DRIFT_METRIC_NAMESPACE,
    metricName,
    dimensionsMap,
    statistic: cloudwatch.Stats.MAXIMUM,
    period: Duration.hours(1),
    ...props,
  });
}
