/**
 * Stands in for the `level` package inside the command-line tool's bundle. dynalite requires it at load time
 * but uses it only to keep tables on disk (its `path` option); the emulator keeps them in memory
 * (memory-level), and `level`'s native LevelDB binding cannot be bundled.
 */
export class Level {
  constructor() {
    throw new Error('dynalite on disk (the `path` option) is not available in the cdk-connect-routing bundle; tables live in memory');
  }
}
