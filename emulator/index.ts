/** The local Amazon Connect emulator's programmatic API (see emulator/README.md). */
export { startEmulator } from './server';
export type { RunningEmulator, StartEmulatorOptions } from './server';
export { ControlClient } from './control-client';
export type { EmulatorSummary } from './control-client';
export { Emulator } from './emulator';
export type { EmulatorOptions } from './emulator';
export { DOCUMENTED_THROTTLE } from './runtime/throttle';
export type { BucketRate, ThrottleOptions, ThrottleSettings } from './runtime/throttle';
export type { FaultSpec, ActiveFault } from './runtime/faults';
export type { CallRecord, CallOutcome } from './runtime/call-log';
export type { SeedRequest, SeedResult, SeedSummary } from './state/seed';
export { DEFAULT_QUOTAS } from './state/store';
export type { Quotas } from './state/store';
export type { ProfileHistoryEntry, QueuePair, ManualPair, ContactState } from './state/types';
export type { QueuedContactView } from './operations/contacts';
export { SERVED_OPERATIONS } from './model/served-operations';
