import { PacerDeadlineError } from '../../lambda/connect/call-pacer';
import { describeError, operationOf, RetryDeadlineError } from '../../lambda/connect/retry';
import { CliError } from '../errors';

/** What Connect (or STS behind it) answers when the credentials themselves are refused. */
const CREDENTIALS_REFUSED = new Set([
  'UnrecognizedClientException', 'InvalidSignatureException', 'IncompleteSignatureException', 'ExpiredTokenException',
  'InvalidClientTokenId', 'MissingAuthenticationTokenException',
]);

/** Network failures before any answer: the endpoint is not there. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A failed Connect read as the one line a person can act on: credentials refused, access denied, nothing listening,
 * out of time. Anything else is returned as it is (a Connect error the caller knows how to word, or a bug).
 */
export function explainConnectError(error: unknown, endpointLabel: string): unknown {
  const name = (error as Error)?.name;
  const code = (error as { code?: string })?.code;
  const operation = operationOf(error) ?? 'a read';
  if (CREDENTIALS_REFUSED.has(name)) {
    return new CliError(`${endpointLabel} refused the AWS credentials (${describeError(error)}): check AWS_PROFILE or your keys, `
      + 'and that they are for the account of the instance');
  }
  if (name === 'AccessDeniedException') {
    return new CliError(`Connect refused ${operation} (${describeError(error)}): the credentials need connect:${operation} on the instance`);
  }
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new CliError(`cannot reach ${endpointLabel} (${code}): check --endpoint, --region and the network`);
  }
  if (error instanceof RetryDeadlineError || error instanceof PacerDeadlineError) {
    return new CliError(`the command ran out of its time budget reading Connect (${describeError(error)}); `
      + 'try again when fewer clients share the account\'s Connect API rate');
  }
  return error;
}
