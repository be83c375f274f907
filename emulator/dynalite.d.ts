/** Types for `dynalite` (a DynamoDB emulator in pure JS, no types published): only what emulator/dynamodb.ts uses. */
declare module 'dynalite' {
  import type { Server } from 'http';

  interface DynaliteOptions {
    /** How long a new table stays CREATING, in milliseconds (default 500). */
    readonly createTableMs?: number;
    readonly deleteTableMs?: number;
    readonly updateTableMs?: number;
    /** DynamoDB's item size limit in KB (default 400). */
    readonly maxItemSizeKb?: number;
    /** A LevelDB folder; in memory when absent. */
    readonly path?: string;
  }

  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}
