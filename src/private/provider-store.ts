import { IConstruct } from 'constructs';
import { ProviderEnv } from './contract';
import { DesiredStateStore } from './desired-state-store';
import { RoutingProfileProvider } from './routing-profile-provider';

/** What the provider does with the table besides recording desired state. */
export interface ProviderStoreOptions {
  /**
   * Whether the provider keeps what a profile held before the stack changed it (an adoption, a
   * `RoutingProfileConcurrency`), which it reads back on removal: adds GetItem.
   *
   * @default false
   */
  readonly keepsOriginals?: boolean;
}

/**
 * Gives the stack's provider the stack's desired-state table, created on first use: its name in the provider's
 * environment, PutItem and DeleteItem on it, and GetItem when it keeps originals. Idempotent per stack.
 */
export function connectProviderToStore(
  resource: IConstruct, provider: RoutingProfileProvider, options: ProviderStoreOptions = {},
): DesiredStateStore {
  const store = DesiredStateStore.getOrCreate(resource);
  store.grantWriteRecords(provider.handler);
  if (options.keepsOriginals) store.grantReadOriginals(provider.handler);
  provider.handler.addEnvironment(ProviderEnv.DESIRED_STATE_TABLE, store.table.tableName);
  return store;
}
