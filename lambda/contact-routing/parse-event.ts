/**
 * Reads what the rules and the call need from the event Connect sends a flow's Lambda function, checking each
 * field. Pure: no I/O.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html#function-contact-flow
 */
import { parseInstanceArn } from '../../src/private/connect-arn';
import { ruleMessage } from '../../src/private/rule-message';

/** The contact as the rules see it. */
export interface FlowContact {
  readonly contactId: string;
  readonly instanceId: string;
  readonly region: string;
  /** User-defined contact attributes (`$.Attributes`). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The function input parameters the flow set (`LambdaInvocationAttributes`). */
  readonly parameters: Readonly<Record<string, string>>;
  readonly channel?: string;
  readonly initiationMethod?: string;
  /** The contact's current queue (`$.Queue`); absent when none is set. */
  readonly queue?: { readonly arn?: string; readonly id?: string; readonly name?: string };
}

export type ParsedEvent =
  | { readonly ok: true; readonly contact: FlowContact }
  | { readonly ok: false; readonly reason: string };

/** Connect's ContactId: 1 to 256 characters. */
const CONTACT_ID_MAX_LENGTH = 256;

export function parseFlowEvent(event: unknown): ParsedEvent {
  const details = objectAt(event, 'Details');
  if (details === undefined) {
    return invalid('Details', 'must be an object (is the function invoked by a contact flow?)', field(event, 'Details'));
  }
  const data = objectAt(details, 'ContactData');
  if (data === undefined) {
    return invalid('Details.ContactData', 'must be an object', field(details, 'ContactData'));
  }
  const contactId = data.ContactId;
  if (typeof contactId !== 'string' || contactId.length === 0 || contactId.length > CONTACT_ID_MAX_LENGTH) {
    return invalid('Details.ContactData.ContactId', `must be a contact id of 1 to ${CONTACT_ID_MAX_LENGTH} characters`, contactId);
  }
  const instance = typeof data.InstanceARN === 'string' ? parseInstanceArn(data.InstanceARN) : undefined;
  if (instance === undefined) {
    return invalid('Details.ContactData.InstanceARN',
      'must be a Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<instanceId>)', data.InstanceARN);
  }
  const attributes = stringMap(data.Attributes);
  if (attributes === undefined) {
    return invalid('Details.ContactData.Attributes', 'must be a map of strings', '<not shown: contact attributes>');
  }
  const parameters = stringMap(details.Parameters);
  if (parameters === undefined) {
    return invalid('Details.Parameters', 'must be a map of strings', '<not shown: flow parameters>');
  }
  const queue = parseQueue(data.Queue);
  if (queue === 'invalid') {
    return invalid('Details.ContactData.Queue', 'must be null or an object with string ARN and Name', '<not shown>');
  }
  return {
    ok: true,
    contact: {
      contactId,
      instanceId: instance.instanceId,
      region: instance.region,
      attributes,
      parameters,
      channel: typeof data.Channel === 'string' ? data.Channel : undefined,
      initiationMethod: typeof data.InitiationMethod === 'string' ? data.InitiationMethod : undefined,
      queue,
    },
  };
}

function parseQueue(value: unknown): FlowContact['queue'] | 'invalid' {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return 'invalid';
  const { ARN: arn, Name: name } = value as Record<string, unknown>;
  if ((arn !== undefined && typeof arn !== 'string') || (name !== undefined && typeof name !== 'string')) return 'invalid';
  return { arn, name, id: typeof arn === 'string' ? arn.split('/').pop() : undefined };
}

/** A map of strings; absent counts as empty (Connect sends `{}` when there are none). */
function stringMap(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries) as Record<string, string> : undefined;
}

function objectAt(parent: unknown, key: string): Record<string, unknown> | undefined {
  const value = field(parent, key);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
}

function field(parent: unknown, key: string): unknown {
  return typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
}

function invalid(prop: string, rule: string, value: unknown): ParsedEvent {
  return { ok: false, reason: ruleMessage(prop, rule, value) };
}
