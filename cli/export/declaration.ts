/**
 * What an export declares, before it is written in a language: each routing profile as the construct will be told
 * it (queues named, writable fields only), the profiles left out and why, and the queues referenced by ARN.
 */
import type { AgentAvailabilityTimer, MediaConcurrency } from '../../lambda/reconcile/types';
import type { InstanceLocation } from '../../src/private/connect-arn';

/** How the generated code names a queue: by name where the name is unique among the standard queues, else by ARN. */
export type QueueReference = { readonly by: 'name'; readonly name: string } | { readonly by: 'arn'; readonly arn: string };

export interface DeclaredQueueConfig {
  readonly queue: QueueReference;
  readonly channel: string;
  readonly priority: number;
  readonly delaySeconds: number;
}

export interface DeclaredManualAssignmentQueueConfig {
  readonly queue: QueueReference;
  readonly channel: string;
}

/** One `RoutingProfile` to write: exactly what Connect has, in the construct's terms, in a fixed order. */
export interface DeclaredProfile {
  readonly constructId: string;
  readonly isDefault: boolean;
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueue: QueueReference;
  /** Channels in Connect's order (VOICE, CHAT, TASK, EMAIL, then any newer one), workload types by type. */
  readonly mediaConcurrencies: readonly MediaConcurrency[];
  /** In routing order: priority, delay, queue, channel. */
  readonly queueConfigs: readonly DeclaredQueueConfig[];
  readonly manualAssignmentQueueConfigs: readonly DeclaredManualAssignmentQueueConfig[];
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  /** The user tags, by key (a RoutingProfile always manages its tags: none declared means none). */
  readonly tags: Readonly<Record<string, string>>;
  /** Set only for a profile holding more queue pairs than Connect's default quota of 50 (a raised quota). */
  readonly maxQueuePairs?: number;
  /** Comment lines written above the profile. */
  readonly notes: readonly string[];
}

/** A profile the export does not declare, with why (each reason one sentence). */
export interface LeftOutProfile {
  readonly name: string;
  readonly reasons: readonly string[];
}

export interface ExportDeclaration {
  readonly instance: InstanceLocation;
  /** How many routing profiles the instance has, selected or not. */
  readonly profileCount: number;
  /** The default profile first, then by name. */
  readonly profiles: readonly DeclaredProfile[];
  readonly leftOut: readonly LeftOutProfile[];
  /** The ARNs of queues the profiles use that have no name of their own among ListQueues' standard queues. */
  readonly queuesByArn: readonly string[];
}
