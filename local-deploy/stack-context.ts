import { randomUUID } from 'crypto';
import { AssemblyStack } from './assembly';
import { TemplateError } from './errors';
import { IntrinsicContext, StackIdentity } from './intrinsics';
import { ResourceState, StackState } from './state-store';

/** The identity a stack deploys under: kept from its state, or new (a fresh stack id) on the first deploy. */
export function stackIdentity(
  stack: AssemblyStack, previous: StackState | undefined, defaults: { region: string; accountId: string },
): StackIdentity {
  const region = stack.region ?? previous?.region ?? defaults.region;
  const accountId = stack.account ?? previous?.accountId ?? defaults.accountId;
  return {
    stackName: stack.stackName,
    stackId: previous?.stackId ?? `arn:aws:cloudformation:${region}:${accountId}:stack/${stack.stackName}/${randomUUID()}`,
    region,
    accountId,
    partition: 'aws',
    urlSuffix: 'amazonaws.com',
  };
}

/**
 * Parameter values: those given, else the template's defaults. SSM-typed parameters (CDK's BootstrapVersion)
 * would be read from SSM Parameter Store, which the local deploy has not: a reference to one is an error.
 */
export function parameterValues(stack: AssemblyStack, given: Readonly<Record<string, string>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(stack.template.Parameters ?? {})) {
    if (name in given) {
      values[name] = parameter.Type.startsWith('List<') || parameter.Type === 'CommaDelimitedList' ? given[name].split(',') : given[name];
    } else if (parameter.Type.startsWith('AWS::SSM::Parameter::')) {
      Object.defineProperty(values, name, {
        enumerable: true,
        get: () => {
          throw new TemplateError(`Parameter \`${name}\` is read from SSM Parameter Store (${parameter.Type}), which the local deploy `
            + 'does not emulate; give its value in the deploy\'s parameters');
        },
      });
    } else if (parameter.Default !== undefined) {
      values[name] = parameter.Default;
    } else {
      Object.defineProperty(values, name, {
        enumerable: true,
        get: () => { throw new TemplateError(`Parameter \`${name}\` has no Default and no value was given in the deploy's parameters`); },
      });
    }
  }
  return values;
}

/**
 * The intrinsic context of a deploy in progress: `Ref` and `Fn::GetAtt` read the resources deployed so far.
 * Skipped resources have no physical id or attributes, so referring to one is an error, never a made-up value.
 */
export function deployContext(
  identity: StackIdentity, stack: AssemblyStack, parameters: Record<string, unknown>, resources: Readonly<Record<string, ResourceState>>,
): IntrinsicContext {
  const deployed = (logicalId: string, location: string, what: string): ResourceState => {
    const resource = resources[logicalId];
    if (!resource) {
      const why = logicalId in (stack.template.Resources ?? {}) ? 'which is not deployed (its Condition is false)' : 'which is not in the template';
      throw new TemplateError(`${what} at ${location} names \`${logicalId}\`, ${why}`);
    }
    if (resource.mode === 'skipped') {
      const hint = resource.type === 'AWS::DynamoDB::Table' ? ' (give the local deployment a dynamodbEndpoint to run tables)' : '';
      throw new TemplateError(`${what} at ${location} names \`${logicalId}\`, a ${resource.type}, which the local deploy does not run `
        + `(skipped), so it has no physical id or attributes${hint}`);
    }
    return resource;
  };
  return {
    stack: identity,
    parameters,
    conditions: (stack.template.Conditions ?? {}) as Record<string, unknown>,
    ref: (logicalId, location) => {
      const resource = deployed(logicalId, location, '`Ref`');
      return resource.mode === 'function' ? resource.function!.functionName : resource.physicalId;
    },
    getAtt: (logicalId, attribute, location) => {
      const resource = deployed(logicalId, location, `\`Fn::GetAtt\` ${logicalId}.${attribute}`);
      if (resource.mode === 'function' && attribute === 'Arn') return resource.function!.functionArn;
      if (attribute in resource.attributes) return resource.attributes[attribute];
      throw new TemplateError(`\`Fn::GetAtt\` ${logicalId}.${attribute} at ${location}: the ${resource.type} has no attribute \`${attribute}\``
        + ` (it returned: ${Object.keys(resource.attributes).join(', ') || 'none'})`);
    },
  };
}
