/**
 * The Connect API model the emulator validates and routes with: the committed extraction of AWS's botocore
 * model (`connect-model.json`, written by `extract.ts`) plus the documented changes of the newer npm
 * `@aws-sdk/client-connect@3.1136.0` (CONNECT-API.md §0), which the saved JSON models do not contain yet.
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

/**
 * npm 3.1136.0 and the API Reference (CONNECT-API.md §0): MediaConcurrency.Concurrency is optional with range
 * 0..10, and MediaConcurrency gains WorkloadTypeConcurrencies (1..5 items).
 */
function applyNpm3_1136Overrides(shapes: Record<string, Shape>): void {
  shapes.MediaConcurrencyConcurrency = { type: 'integer', min: 0, max: 10 };
  shapes.WorkloadTypeConcurrencyConcurrency = { type: 'integer', min: 1, max: 10 };
  shapes.ChannelWorkloadBehaviorType = {
    type: 'string',
    enum: [
      'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
      'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY',
      'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY',
    ],
  };
  shapes.CrossChannelWorkloadBehavior = {
    type: 'structure',
    members: { ChannelWorkloadBehaviorType: { shape: 'ChannelWorkloadBehaviorType' } },
  };
  shapes.WorkloadType = { type: 'string' };
  shapes.WorkloadTypeConcurrency = {
    type: 'structure',
    required: ['WorkloadType', 'Concurrency'],
    members: {
      WorkloadType: { shape: 'WorkloadType' },
      Concurrency: { shape: 'WorkloadTypeConcurrencyConcurrency' },
      CrossChannelWorkloadBehavior: { shape: 'CrossChannelWorkloadBehavior' },
    },
  };
  shapes.WorkloadTypeConcurrencies = { type: 'list', member: { shape: 'WorkloadTypeConcurrency' }, min: 1, max: 5 };
  const media = shapes.MediaConcurrency;
  shapes.MediaConcurrency = {
    ...media,
    required: ['Channel'],
    members: {
      ...media.members,
      Concurrency: { shape: 'MediaConcurrencyConcurrency' },
      WorkloadTypeConcurrencies: { shape: 'WorkloadTypeConcurrencies' },
    },
  };
}

function loadModel(): ConnectModel {
  const source = rawModel as unknown as ConnectModel;
  const shapes: Record<string, Shape> = { ...source.shapes };
  applyNpm3_1136Overrides(shapes);
  return { operations: source.operations, httpBindings: source.httpBindings, shapes };
}

export const CONNECT_MODEL: ConnectModel = loadModel();

export function shapeOf(name: string): Shape {
  const shape = CONNECT_MODEL.shapes[name];
  if (!shape) throw new Error(`emulator bug: shape ${name} is not in the extracted model`);
  return shape;
}
