/**
 * Keeps a script from going quiet: when nothing was written to stdout for a few seconds, it says again what it is
 * doing and for how long. Anything written (console.log included) resets the clock.
 */
export class Heartbeat {
  private last = Date.now();
  private doing = '';
  private since = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly quietMs = 3000) {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((...args: Parameters<typeof process.stdout.write>) => {
      this.last = Date.now();
      return write(...args);
    }) as typeof process.stdout.write;
    this.timer = setInterval(() => {
      if (this.doing && Date.now() - this.last >= this.quietMs) {
        console.log(`    … ${this.doing} (${((Date.now() - this.since) / 1000).toFixed(0)} s)`);
      }
    }, 250);
    this.timer.unref();
  }

  /** What the script is doing now (the empty string: nothing to report). */
  public set activity(doing: string) {
    this.doing = doing;
    this.since = Date.now();
  }

  public stop(): void {
    clearInterval(this.timer);
  }
}
