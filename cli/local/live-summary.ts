import { ConnectClient } from '@aws-sdk/client-connect';
import { summarizeCalls } from './call-summary';
import { EmulatorConnection } from './emulator-connection';
import { formatProfiles, readLiveProfiles, readQueueNames } from './live-profiles';
import type { CallRecord } from '../../emulator';
import type { StackState } from '../../local-deploy';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, ROUTING_PROFILE_RESOURCE_TYPE, RoutingProfileProperty } from '../../src/private/contract';

const CONNECT_TYPES = new Set([ROUTING_PROFILE_RESOURCE_TYPE, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE]);

/** The Connect instances the stacks' routing-profile resources live in (ids, from their `InstanceArn`). */
export function instancesOf(states: ReadonlyArray<StackState | undefined>): string[] {
  const ids = new Set<string>();
  for (const state of states) {
    for (const resource of Object.values(state?.resources ?? {})) {
      const arn = resource.properties[RoutingProfileProperty.INSTANCE_ARN];
      const instance = CONNECT_TYPES.has(resource.type) && typeof arn === 'string' ? parseInstanceArn(arn) : undefined;
      if (instance) ids.add(instance.instanceId);
    }
  }
  return [...ids];
}

/**
 * A Connect client for the emulator: its Region, fixed fake credentials (the emulator checks no signature, and
 * the user's own AWS identity must never be read for a local run), and room to retry its throttling.
 */
export function emulatorConnectClient(connection: EmulatorConnection): ConnectClient {
  return new ConnectClient({
    endpoint: connection.endpoint,
    region: connection.region,
    credentials: { accessKeyId: 'cdk-connect-routing-local', secretAccessKey: 'cdk-connect-routing-local' },
    maxAttempts: 10,
  });
}

/** Every routing profile of the instances, read back through the Connect API, as text. */
export async function liveProfilesText(connection: EmulatorConnection, instanceIds: readonly string[], indent: string): Promise<string[]> {
  const connect = emulatorConnectClient(connection);
  try {
    const lines: string[] = [];
    for (const instanceId of instanceIds) {
      const profiles = await readLiveProfiles(connect, instanceId);
      lines.push(`${indent}instance ${instanceId}: ${profiles.length} routing profile(s)`, formatProfiles(profiles, `${indent}  `));
    }
    return lines;
  } finally {
    connect.destroy();
  }
}

/** Queue names by id across the instances the ARNs name (for showing a drift field `queueConfigs[<id>/VOICE]` by name). */
export async function queueNamesOf(connection: EmulatorConnection, instanceArns: ReadonlyArray<string | undefined>): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const arn of instanceArns) {
    const instance = arn === undefined ? undefined : parseInstanceArn(arn);
    if (instance) ids.add(instance.instanceId);
  }
  const connect = emulatorConnectClient(connection);
  try {
    const names = new Map<string, string>();
    for (const id of ids) for (const [queueId, name] of await readQueueNames(connect, id)) names.set(queueId, name);
    return names;
  } finally {
    connect.destroy();
  }
}

/** The highest call sequence number logged so far (0 when none): calls after it are the next operation's. */
export async function lastCallSeq(connection: EmulatorConnection): Promise<number> {
  const calls = await connection.control.calls();
  return calls.length ? calls[calls.length - 1].seq : 0;
}

/** The Connect calls logged after `afterSeq` (EventBridge PutEvents excluded: it is not Connect), as text. */
export async function callsSinceText(connection: EmulatorConnection, afterSeq: number, indent: string): Promise<string> {
  const calls: CallRecord[] = (await connection.control.calls()).filter((c) => c.seq > afterSeq && c.operation !== 'PutEvents');
  return summarizeCalls(calls, indent);
}
