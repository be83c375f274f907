import type { Context } from 'aws-lambda';
import { chooseAction, Decision } from './evaluate-rules';
import { directAction } from './flow-parameters';
import { flowResult, FlowResult } from './flow-result';
import { loadConfig } from './load-config';
import { parseFlowEvent } from './parse-event';
import { updateRoutingData } from './update-routing-data';
import {
  ContactRoutingEnv,
  ContactRoutingOutcome,
  ContactRoutingParameter,
  PARAMETER_RULE_NAME,
} from '../../src/private/contact-routing-contract';
import { describeError } from '../connect/retry';

/**
 * Time kept back from the invocation's remaining time to build and return the result after the last attempt,
 * so the flow gets an answer instead of a Lambda timeout.
 */
export const RESPONSE_RESERVE_MS = 500;

/**
 * Entry point of the contact-routing function, invoked by a contact flow. Never throws: every path returns a
 * result the flow can branch on.
 */
export async function handler(event: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<FlowResult> {
  const started = Date.now();
  const deadline = started + context.getRemainingTimeInMillis() - RESPONSE_RESERVE_MS;
  let entry: LogEntry;
  try {
    entry = await route(event, deadline);
  } catch (error) {
    // A bug, not an expected condition: still an answer for the flow, and a log line to find it.
    entry = {
      result: flowResult(ContactRoutingOutcome.ERROR, { reason: `Unexpected error: ${describeError(error)}` }),
      errorName: (error as Error)?.name,
    };
  }
  log(entry, Date.now() - started);
  return entry.result;
}

/** What one invocation did: the result, and the facts the log may hold (never attributes or parameter values). */
interface LogEntry {
  readonly result: FlowResult;
  readonly contactId?: string;
  readonly errorName?: string;
  /** The field an INVALID_INPUT is about, without the value received. */
  readonly invalidField?: string;
  readonly attempts?: number;
}

async function route(event: unknown, deadline: number): Promise<LogEntry> {
  const parsed = parseFlowEvent(event);
  if (!parsed.ok) {
    return invalidInput(parsed.reason);
  }
  const contact = parsed.contact;
  const config = loadConfig(ContactRoutingEnv.CONFIG);
  if (!config.ok) {
    return { contactId: contact.contactId, result: flowResult(ContactRoutingOutcome.ERROR, { reason: config.reason }) };
  }

  let decision: Decision | undefined;
  const direct = directAction(contact.parameters, config.config.flowLimits);
  if (direct.kind === 'invalid') {
    return { ...invalidInput(direct.reason), contactId: contact.contactId };
  } else if (direct.kind === 'action') {
    decision = { rule: PARAMETER_RULE_NAME, action: direct.action };
  } else if (config.config.rules.length === 0 && config.config.defaultAction === undefined) {
    return {
      ...invalidInput(`\`Details.Parameters\` must hold \`${ContactRoutingParameter.PRIORITY}\` or `
        + `\`${ContactRoutingParameter.QUEUE_TIME_ADJUSTMENT_SECONDS}\`: this function has no rules and no default action, got: neither`),
      contactId: contact.contactId,
    };
  } else {
    decision = chooseAction(config.config, contact);
  }
  if (decision === undefined) {
    return { contactId: contact.contactId, result: flowResult(ContactRoutingOutcome.NO_MATCH) };
  }

  const call = await updateRoutingData({
    region: contact.region,
    instanceId: contact.instanceId,
    contactId: contact.contactId,
    action: decision.action,
  }, deadline);
  const updated = call.outcome === ContactRoutingOutcome.UPDATED;
  return {
    contactId: contact.contactId,
    attempts: call.attempts,
    errorName: call.errorName,
    result: flowResult(call.outcome, { rule: decision.rule, action: decision.action, reason: updated ? undefined : call.reason }),
  };
}

function invalidInput(reason: string): LogEntry {
  return {
    result: flowResult(ContactRoutingOutcome.INVALID_INPUT, { reason }),
    invalidField: /^`([^`]+)`/.exec(reason)?.[1],
  };
}

/**
 * One JSON line per invocation. The result's reason is left out for INVALID_INPUT, since it quotes what the flow
 * passed, which may be customer data.
 */
function log(entry: LogEntry, durationMs: number): void {
  const { reason, ...result } = entry.result;
  const line = JSON.stringify({
    ...result,
    ...(result.outcome === ContactRoutingOutcome.INVALID_INPUT ? { invalidField: entry.invalidField } : { reason }),
    contactId: entry.contactId,
    attempts: entry.attempts,
    errorName: entry.errorName,
    durationMs,
  });
  if (result.outcome === ContactRoutingOutcome.ERROR) {
    console.error(line);
  } else {
    console.log(line);
  }
}
