/**
 * Opaque pagination tokens: base64url of `{scope digest, offset}` plus an HMAC, so a client cannot forge or reuse a
 * token from another listing. A token that does not verify is rejected with InvalidParameterException (AWS
 * does not document the error for a bad token; this is the emulator's choice, listed in the README).
 *
 * The scope (which for a search includes its criteria) is stored as a digest, so a token stays about 80 characters
 * however long the criteria are: SearchRoutingProfiles takes a NextToken of at most 2500 characters
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html).
 */
import { createHash, createHmac, randomBytes } from 'crypto';
import { invalidParameter } from '../http/errors';

const SECRET = randomBytes(32);

function sign(payload: string): string {
  return createHmac('sha256', SECRET).update(payload).digest('base64url').slice(0, 22);
}

const digest = (scope: string): string => createHash('sha256').update(scope).digest('base64url').slice(0, 22);

export function encodeToken(scope: string, offset: number): string {
  const payload = Buffer.from(JSON.stringify({ s: digest(scope), o: offset })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeToken(token: string, scope: string): number {
  const [payload, mac, ...rest] = token.split('.');
  if (!payload || !mac || rest.length > 0 || sign(payload) !== mac) {
    throw invalidParameter(`Invalid NextToken: ${token.length > 40 ? token.slice(0, 37) + '...' : token}`);
  }
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s: string; o: number };
  if (decoded.s !== digest(scope)) throw invalidParameter('Invalid NextToken: the token belongs to a different request');
  return decoded.o;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextToken?: string;
}

/**
 * One page of `items`. Offsets are positional, so (as with Connect) items created or deleted between pages
 * can shift what the next page holds.
 */
export function paginate<T>(items: readonly T[], scope: string, nextToken: unknown, maxResults: unknown, defaultPageSize: number): Page<T> {
  const start = typeof nextToken === 'string' ? decodeToken(nextToken, scope) : 0;
  const size = typeof maxResults === 'number' ? maxResults : defaultPageSize;
  const end = start + size;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? encodeToken(scope, end) : undefined,
  };
}
