import { afterDeploy, afterDeployValues, holdsAfterDeploy } from './known-after-deploy';
import type { AssemblyStack } from '../../local-deploy/assembly';
import {
  evaluateCondition, IntrinsicContext, intrinsicName, resolveIntrinsics, SUPPORTED_INTRINSICS,
} from '../../local-deploy/intrinsics';
import { toCloudFormationWireFormat } from '../../local-deploy/wire-format';

/**
 * A stack's template values as a plan can know them before a deploy, resolved with the local deploy's intrinsic
 * functions: literals, parameters' defaults, conditions, joins and the pseudo parameters the assembly's environment
 * (or, for an environment-agnostic stack, the Region the command runs in) gives. What only the deploy knows (a
 * resource's `Ref` or `Fn::GetAtt`, a parameter with no default or read from SSM, the stack id, an intrinsic the
 * local deploy does not evaluate) becomes a value marked "known after deploy", and so does anything computed from one.
 */
export class StackValues {
  private readonly context: IntrinsicContext;
  private readonly knownParameters: Record<string, unknown> = {};

  constructor(stack: AssemblyStack, region: string | undefined) {
    for (const [name, parameter] of Object.entries(stack.template.Parameters ?? {})) {
      if (parameter.Default === undefined || parameter.Type.startsWith('AWS::SSM::Parameter::')) continue;
      const list = parameter.Type.startsWith('List<') || parameter.Type === 'CommaDelimitedList';
      this.knownParameters[name] = list && typeof parameter.Default === 'string' ? parameter.Default.split(',') : parameter.Default;
    }
    const knownRegion = stack.region ?? region;
    const partition = knownRegion === undefined ? afterDeploy('Ref AWS::Partition')
      : knownRegion.startsWith('cn-') ? 'aws-cn' : knownRegion.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
    this.context = {
      stack: {
        stackName: stack.stackName,
        stackId: afterDeploy('Ref AWS::StackId'),
        region: knownRegion ?? afterDeploy('Ref AWS::Region'),
        accountId: stack.account ?? afterDeploy('Ref AWS::AccountId'),
        partition,
        urlSuffix: knownRegion === undefined ? afterDeploy('Ref AWS::URLSuffix') : knownRegion.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com',
      },
      parameters: this.knownParameters,
      conditions: (stack.template.Conditions ?? {}) as Record<string, unknown>,
      ref: (logicalId) => afterDeploy(`Ref ${logicalId}`),
      getAtt: (logicalId, attribute) => afterDeploy(`Fn::GetAtt ${logicalId}.${attribute}`),
    };
  }

  /** A resource's properties as CloudFormation would send them to its handler (every scalar a string). */
  public resolve(value: unknown, location: string): unknown {
    return toCloudFormationWireFormat(resolveIntrinsics(this.mark(value), this.context, location));
  }

  /** Whether a resource `Condition` holds; undefined when it depends on a value known only after deploy. */
  public conditionHolds(name: string, location: string): boolean | undefined {
    return this.dependsOnUnknown({ Condition: name }, new Set()) ? undefined : evaluateCondition(name, this.context, location);
  }

  /** The value with every part the deploy alone knows replaced by its "known after deploy" stand-in. */
  private mark(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.mark(item));
    if (typeof value !== 'object' || value === null) return value;
    const name = intrinsicName(value);
    if (name === undefined) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.mark(item)]));
    const args = (value as Record<string, unknown>)[name];
    switch (name) {
      case 'Ref':
        return typeof args === 'string' && !this.knownRef(args) ? afterDeploy(`Ref ${args}`) : value;
      case 'Fn::GetAtt':
        return afterDeploy(`Fn::GetAtt ${Array.isArray(args) ? args.join('.') : String(args)}`);
      case 'Fn::Sub': {
        const [template, variables] = typeof args === 'string' ? [args, {}] : Array.isArray(args) ? args : [undefined, {}];
        const marked = this.mark(variables) as Record<string, unknown>;
        const references = [...String(template).matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => m[1].trim());
        const unknown = holdsAfterDeploy(marked) || references.some((ref) => !(ref in (marked ?? {})) && (ref.includes('.') || !this.knownRef(ref)));
        return unknown ? afterDeploy(`Fn::Sub ${JSON.stringify(template)}`) : value;
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = Array.isArray(args) ? args : [];
        return { [name]: [condition, this.mark(whenTrue), this.mark(whenFalse)] };
      }
      default: {
        if (!SUPPORTED_INTRINSICS.includes(name)) {
          return afterDeploy(`${name}${typeof args === 'string' ? ` ${args}` : ''}`);
        }
        const marked = this.mark(args);
        // A join, split or select over a value known after deploy is known after deploy as a whole.
        return holdsAfterDeploy(marked) ? afterDeploy(describeMarked(marked)) : { [name]: marked };
      }
    }
  }

  /** Whether a `Ref` target is known before the deploy: a parameter with a default, or a pseudo parameter the environment gives. */
  private knownRef(target: string): boolean {
    if (target in this.knownParameters) return true;
    const stack = this.context.stack;
    const pseudo: Record<string, string> = {
      'AWS::Region': stack.region,
      'AWS::AccountId': stack.accountId,
      'AWS::Partition': stack.partition,
      'AWS::URLSuffix': stack.urlSuffix,
      'AWS::StackName': stack.stackName,
      'AWS::NoValue': '',
    };
    return target in pseudo && !holdsAfterDeploy(pseudo[target]);
  }

  /** Whether a condition expression refers, directly or through other conditions, to a value known only after deploy. */
  private dependsOnUnknown(expression: unknown, seen: Set<string>): boolean {
    if (Array.isArray(expression)) return expression.some((item) => this.dependsOnUnknown(item, seen));
    if (typeof expression !== 'object' || expression === null) return false;
    const name = intrinsicName(expression);
    const args = name === undefined ? undefined : (expression as Record<string, unknown>)[name];
    if (name === 'Ref' && typeof args === 'string') return !this.knownRef(args);
    if (name === 'Condition' && typeof args === 'string') {
      if (seen.has(args)) return false;
      seen.add(args);
      return this.dependsOnUnknown(this.context.conditions[args], seen);
    }
    return Object.values(expression).some((item) => this.dependsOnUnknown(item, seen));
  }
}

function describeMarked(value: unknown): string {
  return [...new Set(afterDeployValues(value, '').map((found) => found.value))].join(', ');
}
