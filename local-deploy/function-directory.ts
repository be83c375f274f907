import { LocalFunction } from './local-function';

/** The Lambda functions the deployed stacks hold, by ARN (what a ServiceToken names) and by logical id. */
export class FunctionDirectory {
  private readonly byArn = new Map<string, { stackName: string; fn: LocalFunction }>();

  public add(stackName: string, fn: LocalFunction): void {
    this.byArn.set(fn.functionArn, { stackName, fn });
  }

  public remove(functionArn: string): void {
    this.byArn.delete(functionArn);
  }

  public byServiceToken(serviceToken: string): LocalFunction | undefined {
    return this.byArn.get(serviceToken)?.fn;
  }

  /** Functions with this logical id, optionally in one stack. */
  public byLogicalId(logicalId: string, stackName?: string): LocalFunction[] {
    return [...this.byArn.values()]
      .filter((entry) => entry.fn.logicalId === logicalId && (stackName === undefined || entry.stackName === stackName))
      .map((entry) => entry.fn);
  }

  public all(): LocalFunction[] {
    return [...this.byArn.values()].map((entry) => entry.fn);
  }
}
