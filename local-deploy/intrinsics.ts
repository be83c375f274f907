import { TemplateError, UnsupportedIntrinsicError } from './errors';

/** The intrinsic functions the local deploy resolves, as the error for any other names them. */
export const SUPPORTED_INTRINSICS: readonly string[] = [
  'Ref', 'Fn::GetAtt', 'Fn::Join', 'Fn::Sub', 'Fn::Select', 'Fn::Split', 'Fn::If',
  'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Condition',
];

/** The pseudo parameters a `Ref` may name (AWS::NotificationARNs is not among them). */
export const SUPPORTED_PSEUDO_PARAMETERS: readonly string[] = [
  'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId', 'AWS::URLSuffix', 'AWS::NoValue',
];

/** `Ref: AWS::NoValue`: the property is removed, as if it had not been written. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export interface StackIdentity {
  readonly stackName: string;
  readonly stackId: string;
  readonly region: string;
  readonly accountId: string;
  readonly partition: string;
  readonly urlSuffix: string;
}

/** What resolution needs from the deploy: the stack, parameter values, conditions and resources' values. */
export interface IntrinsicContext {
  readonly stack: StackIdentity;
  /** Parameter values by name. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The template's `Conditions` section, unevaluated. */
  readonly conditions: Readonly<Record<string, unknown>>;
  /** The value of `Ref` to a resource (usually its physical id). */
  ref(logicalId: string, location: string): unknown;
  /** The value of `Fn::GetAtt` on a resource. */
  getAtt(logicalId: string, attribute: string, location: string): unknown;
}

/**
 * Resolves every intrinsic function in `value` the way CloudFormation would before handing properties to a
 * resource. `location` names where `value` sits (e.g. `Sales1863061C Properties`), for error messages.
 */
export function resolveIntrinsics(value: unknown, context: IntrinsicContext, location: string): unknown {
  return new Resolver(context).resolve(value, location);
}

/** Evaluates one named condition of the template. */
export function evaluateCondition(name: string, context: IntrinsicContext, location: string): boolean {
  return new Resolver(context).condition(name, location);
}

/** The single `Ref`/`Fn::*`/`Condition` key of an object that is an intrinsic call, if it is one. */
export function intrinsicName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

class Resolver {
  private readonly conditionCache = new Map<string, boolean>();

  constructor(private readonly context: IntrinsicContext) {}

  public resolve(value: unknown, location: string): unknown {
    if (Array.isArray(value)) {
      return value.map((item, i) => this.resolve(item, `${location}[${i}]`)).filter((item) => item !== NO_VALUE);
    }
    if (typeof value !== 'object' || value === null) return value;
    const name = intrinsicName(value);
    if (name !== undefined && name !== 'Condition') {
      return this.call(name, (value as Record<string, unknown>)[name], location);
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const resolved = this.resolve(item, `${location}.${key}`);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  }

  public condition(name: string, location: string): boolean {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    if (!(name in this.context.conditions)) {
      throw new TemplateError(`Condition \`${name}\` is not defined in the template's Conditions, at ${location}`);
    }
    this.conditionCache.set(name, false); // a condition that refers to itself resolves to false instead of looping
    const result = this.booleanOf(this.context.conditions[name], `Conditions.${name}`);
    this.conditionCache.set(name, result);
    return result;
  }

  private call(name: string, args: unknown, location: string): unknown {
    const at = `${location} (${name})`;
    switch (name) {
      case 'Ref': return this.ref(args, at);
      case 'Fn::GetAtt': return this.getAtt(args, at);
      case 'Fn::Join': {
        const [delimiter, list] = this.tuple(args, 2, name, at);
        const items = this.resolve(list, at);
        if (typeof delimiter !== 'string' || !Array.isArray(items)) throw malformed(name, 'a delimiter and a list', args, at);
        return items.map((item) => this.scalar(item, name, at)).join(delimiter);
      }
      case 'Fn::Sub': return this.sub(args, at);
      case 'Fn::Select': {
        const [index, list] = this.tuple(args, 2, name, at);
        const i = Number(this.resolve(index, at));
        const items = this.resolve(list, at);
        if (!Array.isArray(items) || !Number.isInteger(i) || i < 0 || i >= items.length) {
          throw malformed(name, 'an index within the list', [index, items], at);
        }
        return items[i];
      }
      case 'Fn::Split': {
        const [delimiter, source] = this.tuple(args, 2, name, at);
        const text = this.resolve(source, at);
        if (typeof delimiter !== 'string' || typeof text !== 'string') throw malformed(name, 'a delimiter and a string', args, at);
        return text.split(delimiter);
      }
      case 'Fn::If': {
        const [conditionName, whenTrue, whenFalse] = this.tuple(args, 3, name, at);
        if (typeof conditionName !== 'string') throw malformed(name, 'a condition name', args, at);
        return this.resolve(this.condition(conditionName, at) ? whenTrue : whenFalse, at);
      }
      case 'Fn::Equals': case 'Fn::And': case 'Fn::Or': case 'Fn::Not':
        return this.booleanOf({ [name]: args }, at);
      default:
        throw new UnsupportedIntrinsicError(name, location, SUPPORTED_INTRINSICS);
    }
  }

  private ref(target: unknown, at: string): unknown {
    if (typeof target !== 'string') throw malformed('Ref', 'a logical id, parameter or pseudo parameter name', target, at);
    if (target.startsWith('AWS::')) return this.pseudoParameter(target, at);
    if (target in this.context.parameters) return this.context.parameters[target];
    return this.context.ref(target, at);
  }

  private pseudoParameter(name: string, at: string): unknown {
    const stack = this.context.stack;
    switch (name) {
      case 'AWS::Region': return stack.region;
      case 'AWS::AccountId': return stack.accountId;
      case 'AWS::Partition': return stack.partition;
      case 'AWS::StackName': return stack.stackName;
      case 'AWS::StackId': return stack.stackId;
      case 'AWS::URLSuffix': return stack.urlSuffix;
      case 'AWS::NoValue': return NO_VALUE;
      default: throw new UnsupportedIntrinsicError(`Ref: ${name}`, at, SUPPORTED_PSEUDO_PARAMETERS);
    }
  }

  private getAtt(args: unknown, at: string): unknown {
    const parts = typeof args === 'string' ? splitOnce(args, '.') : Array.isArray(args) ? args : undefined;
    if (!parts || parts.length !== 2 || typeof parts[0] !== 'string') {
      throw malformed('Fn::GetAtt', '[logicalId, attribute]', args, at);
    }
    const attribute = this.resolve(parts[1], at);
    if (typeof attribute !== 'string') throw malformed('Fn::GetAtt', 'an attribute name', args, at);
    return this.context.getAtt(parts[0], attribute, at);
  }

  private sub(args: unknown, at: string): string {
    const [template, variables] = typeof args === 'string' ? [args, {}] : this.tuple(args, 2, 'Fn::Sub', at);
    if (typeof template !== 'string' || typeof variables !== 'object' || variables === null) {
      throw malformed('Fn::Sub', 'a string, or a string and a map of variables', args, at);
    }
    const resolvedVariables = this.resolve(variables, at) as Record<string, unknown>;
    return template.replace(/\$\{([^}]*)\}/g, (_match, expression: string) => {
      if (expression.startsWith('!')) return `\${${expression.slice(1)}}`;
      const trimmed = expression.trim();
      if (trimmed in resolvedVariables) return this.scalar(resolvedVariables[trimmed], 'Fn::Sub', at);
      const value = trimmed.includes('.') && !trimmed.startsWith('AWS::')
        ? this.getAtt(splitOnce(trimmed, '.'), at)
        : this.ref(trimmed, at);
      return this.scalar(value, 'Fn::Sub', at);
    });
  }

  private booleanOf(expression: unknown, at: string): boolean {
    const name = intrinsicName(expression);
    const args = name === undefined ? undefined : (expression as Record<string, unknown>)[name];
    switch (name) {
      case 'Condition':
        if (typeof args !== 'string') throw malformed(name, 'a condition name', args, at);
        return this.condition(args, at);
      case 'Fn::Equals': {
        const [a, b] = this.tuple(args, 2, name, at).map((x) => this.resolve(x, at));
        return JSON.stringify(stringifyScalars(a)) === JSON.stringify(stringifyScalars(b));
      }
      case 'Fn::And': case 'Fn::Or': {
        if (!Array.isArray(args) || args.length < 2 || args.length > 10) throw malformed(name, '2 to 10 conditions', args, at);
        const values = args.map((x) => this.booleanOf(x, at));
        return name === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
      }
      case 'Fn::Not': return !this.booleanOf(this.tuple(args, 1, name, at)[0], at);
      case undefined: {
        if (typeof expression === 'boolean') return expression;
        if (expression === 'true' || expression === 'false') return expression === 'true';
        throw malformed('condition', 'Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition', expression, at);
      }
      default:
        throw new UnsupportedIntrinsicError(name, at, SUPPORTED_INTRINSICS);
    }
  }

  private tuple(args: unknown, length: number, name: string, at: string): unknown[] {
    if (!Array.isArray(args) || args.length !== length) throw malformed(name, `a list of ${length}`, args, at);
    return args;
  }

  private scalar(value: unknown, name: string, at: string): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw malformed(name, 'string values', value, at);
  }
}

function splitOnce(text: string, separator: string): [string, string] | undefined {
  const i = text.indexOf(separator);
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

function stringifyScalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringifyScalars);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

function malformed(name: string, expected: string, got: unknown, at: string): TemplateError {
  return new TemplateError(`\`${name}\` must be given ${expected}, at ${at}, got: ${JSON.stringify(got)}`);
}

/**
 * Throws for the first intrinsic function (or pseudo parameter) in `value` that the local deploy does not
 * resolve, so a deploy refuses a template before it changes anything, as CloudFormation's template validation does.
 */
export function assertSupportedIntrinsics(value: unknown, location: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertSupportedIntrinsics(item, `${location}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const name = intrinsicName(value);
  if (name !== undefined) {
    const args = (value as Record<string, unknown>)[name];
    if (!SUPPORTED_INTRINSICS.includes(name)) throw new UnsupportedIntrinsicError(name, location, SUPPORTED_INTRINSICS);
    if (name === 'Ref' && typeof args === 'string' && args.startsWith('AWS::') && !SUPPORTED_PSEUDO_PARAMETERS.includes(args)) {
      throw new UnsupportedIntrinsicError(`Ref: ${args}`, location, SUPPORTED_PSEUDO_PARAMETERS);
    }
    assertSupportedIntrinsics(args, `${location} (${name})`);
    return;
  }
  for (const [key, item] of Object.entries(value)) assertSupportedIntrinsics(item, `${location}.${key}`);
}
