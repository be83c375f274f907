import { StackIdentity } from './intrinsics';

/** One Create, Update or Delete the local deploy asks a resource runner for. */
export interface ResourceRequest {
  readonly logicalId: string;
  readonly resourceType: string;
  readonly stack: StackIdentity;
  /** Resolved properties (for Delete: as last deployed). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Update only: the properties as last deployed. */
  readonly oldProperties?: Readonly<Record<string, unknown>>;
  /** Update and Delete. */
  readonly physicalId?: string;
}

export interface ResourceOutcome {
  readonly physicalId: string;
  /** What `Fn::GetAtt` reads. */
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** Runs one kind of resource. A failure is a `ResourceOperationError` carrying the physical id reported, if any. */
export interface ResourceRunner {
  create(request: ResourceRequest): Promise<ResourceOutcome>;
  update(request: ResourceRequest): Promise<ResourceOutcome>;
  delete(request: ResourceRequest): Promise<void>;
}
