/**
 * Acknowledges cdk-nag findings on the library's own resources, in the metadata format cdk-nag reads
 * (`cdk_nag.rules_to_suppress`), without depending on cdk-nag: users who run it see each finding's reason,
 * users who do not get two lines of resource metadata.
 *
 * @see https://github.com/cdklabs/cdk-nag#suppressing-a-rule
 */
import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** One acknowledged finding, as `NagPackSuppression` spells it. */
export interface NagFinding {
  /** The rule id, e.g. `AwsSolutions-IAM5`. */
  readonly id: string;
  /** Why the finding is acceptable here (cdk-nag wants at least 10 characters). */
  readonly reason: string;
  /** The granular findings it covers: exact finding ids or `{ regex: '/…/' }`. Absent: the whole rule. */
  readonly appliesTo?: ReadonlyArray<string | { readonly regex: string }>;
}

const METADATA_KEY = 'cdk_nag';

/**
 * Adds the findings to the CloudFormation resource of `construct` (itself or its default child), keeping any
 * acknowledged before, the way `NagSuppressions.addResourceSuppressions` does.
 */
export function acknowledgeNagFindings(construct: IConstruct, findings: readonly NagFinding[]): void {
  const resource = CfnResource.isCfnResource(construct) ? construct : construct.node.defaultChild;
  if (!CfnResource.isCfnResource(resource)) {
    throw new Error(`Cannot acknowledge cdk-nag findings on ${construct.node.path}: it has no CloudFormation resource`);
  }
  const existing: unknown[] = resource.getMetadata(METADATA_KEY)?.rules_to_suppress ?? [];
  const added = findings.map((finding) => ({
    id: finding.id,
    reason: finding.reason,
    ...(finding.appliesTo !== undefined ? { applies_to: [...finding.appliesTo] } : {}),
  }));
  resource.addMetadata(METADATA_KEY, { rules_to_suppress: [...existing, ...added] });
}
