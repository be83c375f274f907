/**
 * The Connect API model the emulator validates and routes with: the committed extraction of AWS's botocore
 * model (`connect-model.json`, written by `extract.ts`), used as extracted. botocore 1.43.107 already carries the
 * workload-type concurrency fields (`MediaConcurrency.Concurrency` optional 0..10, `WorkloadTypeConcurrencies`
 * 1..5), as https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html shows.
 */
import rawModel from './connect-model.json';

export interface MemberRef {
  readonly shape: string;
  readonly location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  readonly locationName?: string;
}

export interface Shape {
  readonly type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp'
  | 'float' | 'double' | 'blob' | 'union';
  readonly required?: readonly string[];
  readonly members?: Readonly<Record<string, MemberRef>>;
  readonly member?: MemberRef;
  readonly key?: MemberRef;
  readonly value?: MemberRef;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly union?: boolean;
  readonly error?: { readonly httpStatusCode?: number };
  readonly exception?: boolean;
}

export interface OperationModel {
  readonly http: { readonly method: string; readonly requestUri: string };
  readonly input?: string;
  readonly output?: string;
  readonly errors: readonly string[];
}

export interface ConnectModel {
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly httpBindings: Readonly<Record<string, { readonly method: string; readonly requestUri: string }>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

export const CONNECT_MODEL: ConnectModel = rawModel as unknown as ConnectModel;

export function shapeOf(name: string): Shape {
  const shape = CONNECT_MODEL.shapes[name];
  if (!shape) throw new Error(`emulator bug: shape ${name} is not in the extracted model`);
  return shape;
}
