import { ConstructDeclaration, Expr, Props, StackFile } from './code';
import { DeclaredProfile, ExportDeclaration, QueueReference } from './declaration';
import type { MediaConcurrency, WorkloadTypeConcurrency } from '../../lambda/reconcile/types';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

/** The stack class the file declares, and the id it gets when the file runs as an app. */
export const STACK_CLASS_NAME = 'ConnectRoutingStack';
export const STACK_ID = 'ConnectRouting';

export interface StackFileOptions {
  /** Whether removed profiles stay in Connect (`RemovalPolicy.RETAIN`, the default) or not (`DESTROY`). */
  readonly retain: boolean;
  /** The export's own arguments as the header quotes them (everything that decides the file's content). */
  readonly commandLine: string;
  /** `--name`/`--tag` as given, or '' for every profile. */
  readonly selection: string;
}

/** The declaration as one stack file's tree, with its header saying what was declared, how, and what was not. */
export function stackFile(declaration: ExportDeclaration, options: StackFileOptions): StackFile {
  const { instance, profiles } = declaration;
  const header = [
    `${STACK_CLASS_NAME}: the routing profiles of Amazon Connect instance ${instance.instanceArn}, declared with cdk-connect-routing. `
      + `Written by \`${options.commandLine}\`; exporting the same instance again writes this file unchanged, byte for byte.`,
    `It declares ${profiles.length} of the instance's ${declaration.profileCount} routing profiles${options.selection ? ` (${options.selection})` : ''}, `
      + 'each with every field Connect lets you write (name, description, default outbound queue, concurrency with its cross-channel '
      + 'behaviour and workload types, queues with priority and delay, manual-assignment queues, agent availability timer, tags) '
      + 'and nothing Connect only reports.',
    'Each has `adoptExisting: true`: the first deploy adopts the profile that is there instead of creating another, and as this '
      + 'is what Connect has now, it changes nothing (`cdk-connect-routing plan` on the synthesized app shows it). '
      + (options.retain
        ? '`removalPolicy: RemovalPolicy.RETAIN`: removing a profile from this file, or destroying the stack, leaves it in Connect.'
        : '`removalPolicy: RemovalPolicy.DESTROY`, as asked: see `adoptExisting` in the API reference for what removing an adopted profile does.'),
    'Queues are referenced by name (`QueueRef.fromQueueName`) and looked up in the instance at deploy time'
      + (declaration.queuesByArn.length === 0 ? '.'
        : `, except these, which have no name of their own in ListQueues' standard queues, by ARN: ${declaration.queuesByArn.join(', ')}.`),
    `Tags whose key starts with \`aws:\` (AWS's own) and this library's ownership tag \`${OWNERSHIP_TAG_KEY}\` are not declared: `
      + 'neither can be set, and a deploy leaves them as they are.',
    ...declaration.leftOut.map((p) => `Left out: ${JSON.stringify(p.name)}, because ${p.reasons.join('; ')}.`),
  ];
  return {
    header,
    className: STACK_CLASS_NAME,
    variables: [['instanceArn', literal(instance.instanceArn)]],
    constructs: profiles.map((profile) => routingProfile(profile, options.retain)),
    app: { stackId: STACK_ID, account: instance.account, region: instance.region },
  };
}

function routingProfile(profile: DeclaredProfile, retain: boolean): ConstructDeclaration {
  const props: Array<readonly [string, Expr]> = [
    ['instanceArn', { kind: 'variable', name: 'instanceArn' }],
    ['routingProfileName', literal(profile.name)],
    ['description', literal(profile.description)],
    ['defaultOutboundQueue', queueRef(profile.defaultOutboundQueue)],
    ['mediaConcurrencies', { kind: 'list', items: profile.mediaConcurrencies.map(mediaConcurrency) }],
    ['queueConfigs', {
      kind: 'list',
      items: profile.queueConfigs.map((q) => struct('QueueConfig', [
        ['queue', queueRef(q.queue)],
        ['channel', constant('Channel', q.channel)],
        ['priority', literal(q.priority)],
        ...(q.delaySeconds > 0 ? [['delay', call('Duration', 'seconds', [literal(q.delaySeconds)])] as const] : []),
      ])),
    }],
  ];
  if (profile.manualAssignmentQueueConfigs.length > 0) {
    props.push(['manualAssignmentQueueConfigs', {
      kind: 'list',
      items: profile.manualAssignmentQueueConfigs.map((q) => struct('ManualAssignmentQueueConfig', [
        ['queue', queueRef(q.queue)],
        ['channel', constant('Channel', q.channel)],
      ])),
    }]);
  }
  if (profile.agentAvailabilityTimer !== undefined) {
    props.push(['agentAvailabilityTimer', constant('AgentAvailabilityTimer', profile.agentAvailabilityTimer)]);
  }
  const tags = Object.entries(profile.tags);
  if (tags.length > 0) props.push(['tags', { kind: 'map', entries: tags }]);
  if (profile.maxQueuePairs !== undefined) props.push(['maxQueuePairs', literal(profile.maxQueuePairs)]);
  props.push(['adoptExisting', literal(true)]);
  props.push(['removalPolicy', { kind: 'constant', type: 'RemovalPolicy', member: retain ? 'RETAIN' : 'DESTROY' }]);
  return { comments: profile.notes, type: 'RoutingProfile', id: profile.constructId, props };
}

/** `MediaConcurrency.chat(3, { … })`, `.voice()` or `.taskByWorkloadType([…])`. */
function mediaConcurrency(m: MediaConcurrency): Expr {
  const options: Props = m.crossChannelBehavior === undefined ? []
    : [['crossChannelBehavior', constant('CrossChannelBehavior', m.crossChannelBehavior)]];
  if (m.workloadTypeConcurrencies !== undefined) {
    const method = m.channel === 'TASK' ? 'taskByWorkloadType' : 'emailByWorkloadType';
    return call('MediaConcurrency', method, [{ kind: 'list', items: m.workloadTypeConcurrencies.map(workloadType) }], options);
  }
  if (m.channel === 'VOICE') return call('MediaConcurrency', 'voice', [], options);
  return call('MediaConcurrency', m.channel.toLowerCase(), [literal(m.concurrency!)], options);
}

function workloadType(w: WorkloadTypeConcurrency): Expr {
  return struct('WorkloadTypeConcurrency', [
    ['workloadType', literal(w.workloadType)],
    ['concurrency', literal(w.concurrency)],
    ...(w.crossChannelWorkloadBehavior !== undefined ? [['crossChannelWorkloadBehavior', constant('CrossChannelWorkloadBehavior', w.crossChannelWorkloadBehavior)] as const] : []),
  ]);
}

function queueRef(queue: QueueReference): Expr {
  return queue.by === 'name' ? call('QueueRef', 'fromQueueName', [literal(queue.name)]) : call('QueueRef', 'fromQueueArn', [literal(queue.arn)]);
}

/**
 * A value as its class's constant (`Channel.VOICE`). Every value is one: a profile with a value the construct refuses
 * (one Connect added after this release) is left out before it is written.
 */
function constant(type: string, value: string): Expr {
  return { kind: 'constant', type, member: value };
}

function call(type: string, method: string, args: readonly Expr[], options?: Props): Expr {
  return { kind: 'call', type, method, args, ...(options !== undefined && options.length > 0 ? { options } : {}) };
}

function struct(type: string, props: Props): Expr {
  return { kind: 'struct', type, props };
}

function literal(value: string | number | boolean): Expr {
  return { kind: 'literal', value };
}
