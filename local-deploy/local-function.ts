/**
 * An `AWS::Lambda::Function` as the local deploy runs it: its bundled code copied into the state folder (as
 * Lambda keeps the code it was given, whatever happens to cdk.out later), its handler and configuration.
 */
export interface LocalFunction {
  readonly logicalId: string;
  readonly functionName: string;
  readonly functionArn: string;
  /** The folder holding the function's code. */
  readonly codeDirectory: string;
  /** `file.export`, as in the function's `Handler` property. */
  readonly handler: string;
  readonly runtime: string;
  readonly timeoutSeconds: number;
  readonly memorySize: number;
  /** The function's resolved `Environment.Variables`. */
  readonly environment: Readonly<Record<string, string>>;
}
