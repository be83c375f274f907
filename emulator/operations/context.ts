/** What every operation handler receives, and the shape of a handler. */
import { EmulatorSettings } from '../runtime/settings';
import { Store } from '../state/store';

export interface OperationContext {
  readonly store: Store;
  /** The emulator's behaviour switches for undocumented Connect behaviour, as they are now. */
  readonly settings: EmulatorSettings;
  /**
   * The Region the request was signed for (its SigV4 credential scope), when it has one. A client of another Region
   * stands for an edit made in a Global Resiliency replica and synchronized here (README, assumption 22).
   */
  readonly requestRegion?: string;
}

/** Returns the operation's output, or undefined for operations whose output is Unit (empty 200 body). */
export type OperationHandler = (ctx: OperationContext, input: any) => unknown;

/** The Region the emulator reports as LastModifiedRegion. */
export const regionOf = (ctx: OperationContext): string => ctx.store.region;

/** The Region a change is made from: the request's, else the emulator's own. */
export const changeRegionOf = (ctx: OperationContext): string => ctx.requestRegion ?? ctx.store.region;
