import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { AssemblyStack } from './assembly';
import { TemplateError } from './errors';
import { IntrinsicContext, resolveIntrinsics, StackIdentity } from './intrinsics';
import { LocalFunction } from './local-function';
import { StateStore } from './state-store';
import { TemplateResource } from './template';

/** The properties of a function the local deploy needs to run its code; the rest (Role, …) stay unresolved. */
export const RUN_PROPERTIES = ['Code', 'Handler', 'Runtime', 'Timeout', 'MemorySize', 'Environment', 'FunctionName'] as const;

/**
 * Turns an `AWS::Lambda::Function` into a function the local deploy can invoke: its code (the asset its
 * `Code.S3Key` names, or inline `Code.ZipFile`) copied into the state folder, handler, timeout and resolved
 * environment. Only Node.js runtimes can run locally.
 */
export function registerFunction(
  logicalId: string, resource: TemplateResource, stack: AssemblyStack, identity: StackIdentity,
  context: IntrinsicContext, store: StateStore,
): LocalFunction {
  const raw = resource.Properties ?? {};
  const props: Record<string, unknown> = {};
  for (const key of RUN_PROPERTIES) {
    if (key in raw) props[key] = resolveIntrinsics(raw[key], context, `${logicalId}.Properties.${key}`);
  }
  const runtime = String(props.Runtime ?? '');
  if (!runtime.startsWith('nodejs')) {
    throw new TemplateError(`${logicalId}.Properties.Runtime must be a Node.js runtime to run locally, got: ${JSON.stringify(props.Runtime)}`);
  }
  const code = (props.Code ?? {}) as { S3Key?: unknown; ZipFile?: unknown };
  let codeDirectory: string;
  if (typeof code.ZipFile === 'string') {
    codeDirectory = store.functionCodeDirectory(identity.stackName, `${logicalId}-inline-${createHash('sha256').update(code.ZipFile).digest('hex').slice(0, 16)}`);
    fs.mkdirSync(codeDirectory, { recursive: true });
    fs.writeFileSync(path.join(codeDirectory, 'index.js'), code.ZipFile);
  } else if (typeof code.S3Key === 'string') {
    const source = stack.assetPaths.get(code.S3Key);
    if (!source || !fs.existsSync(source) || !fs.statSync(source).isDirectory()) {
      throw new TemplateError(`${logicalId}.Properties.Code.S3Key must name a folder asset of the assembly, got: ${JSON.stringify(code.S3Key)}`
        + (source ? ` (${source} is not a folder)` : ''));
    }
    codeDirectory = store.functionCodeDirectory(identity.stackName, path.basename(code.S3Key, '.zip'));
    if (!fs.existsSync(codeDirectory)) fs.cpSync(source, codeDirectory, { recursive: true });
  } else {
    throw new TemplateError(`${logicalId}.Properties.Code must have an S3Key of an assembly asset or a ZipFile, got: ${JSON.stringify(props.Code)}`);
  }
  const functionName = typeof props.FunctionName === 'string' ? props.FunctionName : generatedName(identity.stackName, logicalId);
  const variables = ((props.Environment ?? {}) as { Variables?: Record<string, unknown> }).Variables ?? {};
  return {
    logicalId,
    functionName,
    functionArn: `arn:${identity.partition}:lambda:${identity.region}:${identity.accountId}:function:${functionName}`,
    codeDirectory: path.resolve(codeDirectory),
    handler: String(props.Handler ?? 'index.handler'),
    runtime,
    timeoutSeconds: Number(props.Timeout ?? 3),
    memorySize: Number(props.MemorySize ?? 128),
    environment: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)])),
  };
}

/**
 * A deterministic stand-in for the name CloudFormation generates (`<stack>-<logicalId>-<suffix>`, 64 chars max).
 * A replacement passes the name it replaces, so it gets a new one, as in CloudFormation.
 */
export function generatedName(stackName: string, logicalId: string, replacing?: string): string {
  const seed = replacing === undefined ? `${stackName}/${logicalId}` : `${stackName}/${logicalId}/replacing/${replacing}`;
  const suffix = createHash('sha256').update(seed).digest('hex').slice(0, 12).toUpperCase();
  return `${stackName.slice(0, 20)}-${logicalId.slice(0, 30)}-${suffix}`;
}
