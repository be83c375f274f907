/**
 * Connect errors in the restJson1 wire format (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/CommonErrors.html): the code in the `x-amzn-errortype`
 * header, a JSON body with `Message` (plus `ResourceType`/`ResourceId` for ResourceInUseException), and the
 * HTTP status the model declares for the error shape.
 */
import { CONNECT_MODEL } from '../model/model';

/** Emulator-only code for requests the emulator does not implement; it is never a silent success. */
export const NOT_IMPLEMENTED = 'EmulatorNotImplementedException';

export class ConnectError extends Error {
  public readonly status: number;

  constructor(
    public readonly code: string,
    message: string,
    public readonly extra: Readonly<Record<string, unknown>> = {},
    status?: number,
  ) {
    super(message);
    this.name = code;
    this.status = status ?? statusForCode(code);
  }

  public body(): Record<string, unknown> {
    return { Message: this.message, ...this.extra };
  }
}

/** The status the model declares for an error shape; 501 for the emulator's own not-implemented error. */
export function statusForCode(code: string): number {
  if (code === NOT_IMPLEMENTED) return 501;
  const shape = CONNECT_MODEL.shapes[code];
  return shape?.error?.httpStatusCode ?? 400;
}

export const invalidParameter = (message: string): ConnectError => new ConnectError('InvalidParameterException', message);
export const invalidRequest = (message: string): ConnectError => new ConnectError('InvalidRequestException', message);
export const notFound = (message: string): ConnectError => new ConnectError('ResourceNotFoundException', message);
export const duplicate = (message: string): ConnectError => new ConnectError('DuplicateResourceException', message);
export const limitExceeded = (message: string): ConnectError => new ConnectError('LimitExceededException', message);
export const throttled = (operation: string): ConnectError =>
  new ConnectError('ThrottlingException', `Rate exceeded for ${operation}`);
