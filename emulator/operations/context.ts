/** What every operation handler receives, and the shape of a handler. */
import { EmulatorSettings } from '../runtime/settings';
import { Store } from '../state/store';

export interface OperationContext {
  readonly store: Store;
  /** The emulator's behaviour switches for undocumented Connect behaviour, as they are now. */
  readonly settings: EmulatorSettings;
}

/** Returns the operation's output, or undefined for operations whose output is Unit (empty 200 body). */
export type OperationHandler = (ctx: OperationContext, input: any) => unknown;

/** The Region the emulator reports as LastModifiedRegion. */
export const regionOf = (ctx: OperationContext): string => ctx.store.region;
