/** The local deploy: runs a synthesized CDK app's custom resources against local services (see README). */
export { LocalDeployment } from './local-deployment';
export type { LocalDeploymentOptions } from './local-deployment';
export { emulatorEnvironment } from './local-environment';
export type { EmulatorAddress, LocalEnvironment } from './local-environment';
export { readCloudAssembly } from './assembly';
export type { AssemblyStack, CloudAssembly } from './assembly';
export type { StackDeployResult } from './deploy-stack';
export type { StackDestroyResult } from './destroy-stack';
export type { InvocationResult } from './invoke-local-function';
export type { ProgressEvent, ProgressListener, ResourceStatus } from './progress';
export type { StackState, ResourceState } from './state-store';
export { DeployFailedError, ResourceOperationError, StateFileError, TemplateError, UnsupportedIntrinsicError } from './errors';
export { SUPPORTED_INTRINSICS, SUPPORTED_PSEUDO_PARAMETERS } from './intrinsics';
