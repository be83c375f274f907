/**
 * One scheduled run: read every record of the stack, check each managed resource against Connect, apply the
 * policy, report. Resources are grouped by instance and checked one at a time (serialized per instance, all
 * calls paced by one `CallPacer`), with the fewest reads: where some resource of an instance can be checked from
 * SearchRoutingProfiles' report (it compares no cross-channel behaviour or timer, which Search leaves out), one
 * sweep of the instance (500 profiles a page) stands in for the Describe calls of all such resources and says,
 * before any per-profile read, which profiles still exist and whether the instance does. Where none can, each
 * resource is described on its own, and a profile Describe does not find is told apart from a missing instance by
 * one more call.
 *
 * Nothing about one resource stops the run: an unreadable record, a deleted profile, a missing instance or a
 * failed call becomes that resource's outcome, and the rest are still checked. When the time budget runs out,
 * the resources left are reported as not checked; the next run starts from the live state again.
 *
 * The records are read once, at the start; a correction made minutes later first reads its record again
 * (`confirmRecord`), so a deploy that ran meanwhile is never undone.
 */
import { ConnectClient } from '@aws-sdk/client-connect';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { checkRoutingProfile, deletedOutOfBand, outcomeBase, profileCheckableFromSearch } from './check-routing-profile';
import { checkRoutingProfileConcurrency, concurrencyCheckableFromSearch } from './check-routing-profile-concurrency';
import { DriftConfig } from './config';
import { confirmRecord, RecordConfirmer } from './confirm-record';
import { notCheckedInTime, readFailed, reasonOf } from './failed-outcomes';
import { DriftStatus, ResourceOutcome } from './outcome';
import { nameQueues } from './queue-names';
import { EventDelivery, eventEntries, sendEvents } from './report-events';
import { countOutcomes, DriftCounts, metricLines } from './report-metrics';
import { probeInstance, sweepProfiles } from './sweep-profiles';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { DriftPolicyMode, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, ROUTING_PROFILE_RESOURCE_TYPE } from '../../src/private/contract';
import { CallPacer } from '../connect/call-pacer';
import { PacedConnectApi } from '../connect/paced-connect-api';
import type { SearchedProfile } from '../connect/search-routing-profiles';
import { readStackRecords } from '../desired-state/read-records';
import type { DesiredStateRecord } from '../desired-state/record';
import { compareStrings } from '../reconcile/order';

/** How one resource type is checked. */
export interface ResourceChecker {
  /** Whether a record can be checked from SearchRoutingProfiles' report of its profile, with no Describe. */
  readonly checkableFromSearch: (record: DesiredStateRecord) => boolean;
  /**
   * The check; `searched` is the sweep's report of the profile, given only when the run swept and `checkableFromSearch`
   * said yes; `confirm` right before any correction (see confirm-record.ts).
   */
  readonly check: (
    api: PacedConnectApi, record: DesiredStateRecord, confirm: RecordConfirmer, searched?: SearchedProfile,
  ) => Promise<ResourceOutcome>;
}

/** The checkers of this version, by CloudFormation resource type. */
export const CHECKERS: Readonly<Record<string, ResourceChecker>> = {
  [ROUTING_PROFILE_RESOURCE_TYPE]: { checkableFromSearch: profileCheckableFromSearch, check: checkRoutingProfile },
  [ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE]: { checkableFromSearch: concurrencyCheckableFromSearch, check: checkRoutingProfileConcurrency },
};


export interface DriftRunDependencies {
  readonly dynamodb: DynamoDBClient;
  readonly eventBridge: EventBridgeClient;
  readonly connectFor: (region: string) => ConnectClient;
  /** Epoch milliseconds after which no call starts (the Lambda's remaining time less a margin to report). */
  readonly deadline: number;
  readonly log: (line: string) => void;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly checkers?: Readonly<Record<string, ResourceChecker>>;
}

export interface DriftRunSummary extends DriftCounts {
  readonly resources: number;
  readonly outcomes: readonly ResourceOutcome[];
  /** Connect calls the run made (each once, however many attempts). */
  readonly connectReads: number;
  readonly connectWrites: number;
  /** The ListQueues pages among `connectReads`, read to name the queues findings mention. */
  readonly queueNameReads: number;
  readonly events: EventDelivery;
}

export async function runDriftCheck(config: DriftConfig, deps: DriftRunDependencies): Promise<DriftRunSummary> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const checkers = deps.checkers ?? CHECKERS;
  const pacer = new CallPacer({ callsPerSecond: config.callsPerSecond, deadline: deps.deadline, now, sleep: deps.sleep });

  const { records, unreadable } = await readStackRecords(deps.dynamodb, config.tableName, config.stackId);
  const outcomes: ResourceOutcome[] = unreadable.map((u) => ({
    logicalResourceId: u.logicalResourceId,
    physicalResourceId: u.physicalResourceId,
    status: DriftStatus.UNREADABLE_RECORD,
    differences: [],
    reason: `The desired-state record is unreadable: ${u.reason}. Deploy the stack again to rewrite it.`,
  }));

  const byInstance = new Map<string, DesiredStateRecord[]>();
  for (const record of records) {
    if (record.driftPolicy === DriftPolicyMode.IGNORE) {
      outcomes.push({ ...outcomeBase(record), status: DriftStatus.IGNORED });
    } else if (!checkers[record.resourceType]) {
      outcomes.push({
        ...outcomeBase(record),
        status: DriftStatus.UNREADABLE_RECORD,
        reason: `Resource type ${record.resourceType} is not checked by this reconciler version; upgrade cdk-connect-routing.`,
      });
    } else if (!parseInstanceArn(record.instanceArn)) {
      outcomes.push({
        ...outcomeBase(record),
        status: DriftStatus.UNREADABLE_RECORD,
        reason: `\`InstanceArn\` must be a Connect instance ARN, got: ${JSON.stringify(record.instanceArn)}`,
      });
    } else {
      byInstance.set(record.instanceArn, [...(byInstance.get(record.instanceArn) ?? []), record]);
    }
  }

  const confirm: RecordConfirmer = (record) => confirmRecord(deps.dynamodb, config.tableName, record);
  let connectReads = 0;
  let connectWrites = 0;
  let queueNameReads = 0;
  for (const instanceArn of [...byInstance.keys()].sort(compareStrings)) {
    const group = byInstance.get(instanceArn)!.sort((a, b) => compareStrings(a.logicalResourceId, b.logicalResourceId));
    const instance = parseInstanceArn(instanceArn)!;
    const api = new PacedConnectApi(deps.connectFor(instance.region), deps.deadline, pacer);
    const checked = await checkInstance(api, instance.instanceId, group, { checkers, confirm, deadline: deps.deadline, now });
    const named = await nameQueues(api, instance.instanceId, checked, deps.log);
    outcomes.push(...named.outcomes);
    queueNameReads += named.reads;
    connectReads += api.readCalls;
    connectWrites += api.writeCalls;
  }

  const checkedAt = new Date(startedAt).toISOString();
  for (const line of metricLines(config.stackName, outcomes, startedAt)) deps.log(line);
  const run = { stackName: config.stackName, stackId: config.stackId, checkedAt };
  const events = await sendEvents(deps.eventBridge, eventEntries(outcomes, run, config.eventBusName, deps.log), deps.log);

  const summary = { resources: outcomes.length, ...countOutcomes(outcomes), connectReads, connectWrites, queueNameReads, events, outcomes };
  deps.log(JSON.stringify({
    event: 'drift run',
    ...summary,
    outcomes: outcomes.map((o) => ({
      logicalResourceId: o.logicalResourceId,
      routingProfileName: o.routingProfileName,
      status: o.status,
      differences: o.differences.length,
      reason: o.reason,
    })),
    durationMs: now() - startedAt,
  }));
  return summary;
}

interface InstanceCheck {
  readonly checkers: Readonly<Record<string, ResourceChecker>>;
  readonly confirm: RecordConfirmer;
  readonly deadline: number;
  readonly now: () => number;
}

async function checkInstance(
  api: PacedConnectApi, instanceId: string, records: readonly DesiredStateRecord[], check: InstanceCheck,
): Promise<ResourceOutcome[]> {
  if (check.now() >= check.deadline) return records.map((record) => notCheckedInTime(outcomeBase(record)));
  // One Search page (500 profiles) replaces the Describe of every resource it can, and says which are gone.
  const searchable = new Set(records.filter((record) => check.checkers[record.resourceType].checkableFromSearch(record)));
  let swept: Map<string, SearchedProfile> | undefined;
  if (searchable.size > 0) {
    try {
      swept = await sweepProfiles(api, instanceId, new Set(records.map((record) => record.routingProfileId)));
    } catch (error) {
      return records.map((record) => instanceUnreadable(record, error));
    }
  }

  const outcomes: ResourceOutcome[] = [];
  let instanceSeen = swept !== undefined;
  for (const [index, record] of records.entries()) {
    if (check.now() >= check.deadline) {
      outcomes.push(notCheckedInTime(outcomeBase(record)));
      continue;
    }
    if (swept && !swept.has(record.routingProfileId)) {
      outcomes.push(deletedOutOfBand(record));
      continue;
    }
    const outcome = await checkOne(api, record, check, searchable.has(record) ? swept?.get(record.routingProfileId) : undefined);
    if (!instanceSeen && outcome.status === DriftStatus.DELETED_OUT_OF_BAND) {
      // Describe answers not found for a deleted instance too: ask once which it is.
      try {
        await probeInstance(api, instanceId);
      } catch (error) {
        if ((error as Error).name === 'ResourceNotFoundException') return records.map((r) => instanceUnreadable(r, error));
        return [...outcomes, ...records.slice(index).map((r) => readFailed(outcomeBase(r), error))];
      }
      instanceSeen = true;
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

/** The outcome of a record whose instance could not be read at all. */
function instanceUnreadable(record: DesiredStateRecord, error: unknown): ResourceOutcome {
  if ((error as Error).name !== 'ResourceNotFoundException') return readFailed(outcomeBase(record), error);
  return {
    ...outcomeBase(record),
    status: DriftStatus.INSTANCE_NOT_FOUND,
    reason: `Connect instance ${record.instanceArn} was not found (${reasonOf(error)}); its profiles cannot be checked.`,
  };
}

async function checkOne(
  api: PacedConnectApi, record: DesiredStateRecord, check: InstanceCheck, searched?: SearchedProfile,
): Promise<ResourceOutcome> {
  try {
    return await check.checkers[record.resourceType].check(api, record, check.confirm, searched);
  } catch (error) {
    // A checker reports its own failures; this is the net under a bug, so one resource never stops the run.
    return readFailed(outcomeBase(record), error);
  }
}
