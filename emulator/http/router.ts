/**
 * Maps an HTTP request to a Connect operation through the model's http bindings (every operation, served or
 * not), then builds the operation's input from path labels, query parameters and the JSON body as restJson1
 * binds them (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html).
 */
import { invalidParameter, invalidRequest } from './errors';
import { CONNECT_MODEL, shapeOf } from '../model/model';

interface Matcher {
  readonly operation: string;
  readonly method: string;
  readonly requestUri: string;
  /** A literal segment, or a label name wrapped as `{Name}`. */
  readonly segments: readonly string[];
  readonly literalCount: number;
}

export interface RouteMatch {
  readonly operation: string;
  readonly method: string;
  readonly requestUri: string;
  readonly labels: Readonly<Record<string, string>>;
}

function buildMatchers(): Matcher[] {
  const matchers = Object.entries(CONNECT_MODEL.httpBindings).map(([operation, http]) => {
    const segments = http.requestUri.split('?')[0].split('/').filter((s) => s.length > 0);
    return {
      operation,
      method: http.method.toUpperCase(),
      requestUri: http.requestUri,
      segments,
      literalCount: segments.filter((s) => !s.startsWith('{')).length,
    };
  });
  // The most specific template wins when two could match the same path.
  return matchers.sort((a, b) => b.literalCount - a.literalCount);
}

const MATCHERS = buildMatchers();

export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  const raw = pathname.split('/').filter((s) => s.length > 0);
  let segments: string[];
  try {
    // Each label is percent-encoded into one segment (e.g. the whole ARN in /tags/{resourceArn}).
    segments = raw.map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  for (const m of MATCHERS) {
    if (m.method !== method.toUpperCase() || m.segments.length !== segments.length) continue;
    const labels: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < m.segments.length; i++) {
      const template = m.segments[i];
      if (template.startsWith('{')) {
        labels[template.slice(1, -1).replace(/\+$/, '')] = segments[i];
      } else if (template !== segments[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { operation: m.operation, method: m.method, requestUri: m.requestUri, labels };
  }
  return undefined;
}

/** Parses the body: empty means `{}`; anything but a JSON object is a malformed request. */
export function parseJsonBody(body: string): Record<string, unknown> {
  if (body.trim().length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    throw invalidRequest(`The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidRequest('The request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Builds an operation's input from labels, query and body; unknown body members are ignored, as AWS does. */
export function buildInput(
  inputShapeName: string | undefined,
  labels: Readonly<Record<string, string>>,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Record<string, unknown> {
  if (!inputShapeName) return {};
  const shape = shapeOf(inputShapeName);
  const input: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const wireName = ref.locationName ?? name;
    if (ref.location === 'uri') {
      if (labels[wireName] !== undefined) input[name] = labels[wireName];
    } else if (ref.location === 'querystring') {
      const values = query.getAll(wireName);
      if (values.length === 0) continue;
      const memberShape = shapeOf(ref.shape);
      if (memberShape.type === 'list') {
        input[name] = values;
      } else if (memberShape.type === 'integer' || memberShape.type === 'long') {
        const n = Number(values[0]);
        if (!/^-?\d+$/.test(values[0]) || !Number.isSafeInteger(n)) {
          throw invalidParameter(`1 validation error detected: Value '${values[0]}' at '${name}' failed to satisfy constraint: Member must be an integer`);
        }
        input[name] = n;
      } else if (memberShape.type === 'boolean') {
        input[name] = values[0] === 'true';
      } else {
        input[name] = values[0];
      }
    } else if (ref.location === undefined) {
      if (body[name] !== undefined) input[name] = body[name];
    }
  }
  return input;
}
