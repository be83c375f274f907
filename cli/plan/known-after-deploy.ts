/**
 * Values of a template that CloudFormation knows only while it deploys (a resource's `Ref` or `Fn::GetAtt`, a
 * parameter without a default, the stack id, an intrinsic the plan does not evaluate) stand in the resolved
 * properties as a marked string that says what they are, so they are shown as "known after deploy", never guessed.
 */

/** Never in a real property value: CloudFormation's strings carry no control characters like it. */
const MARK = '\u0001';
const MARKED = /\u0001([^\u0001]*)\u0001/g;

/** The stand-in for a value known only after deploy, described as the template writes it. */
export function afterDeploy(description: string): string {
  return `${MARK}${description}${MARK}`;
}

/** Whether a value is, or holds anywhere inside it, a value known only after deploy. */
export function holdsAfterDeploy(value: unknown): boolean {
  return afterDeployValues(value, '').length > 0;
}

/** Every value known only after deploy inside `value`: where it is (a property path) and what it is. */
export function afterDeployValues(value: unknown, path: string): Array<{ readonly field: string; readonly value: string }> {
  if (typeof value === 'string') {
    return [...value.matchAll(MARKED)].map((m) => ({ field: path, value: m[1] }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => afterDeployValues(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => afterDeployValues(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}
