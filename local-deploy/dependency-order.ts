import { TemplateError } from './errors';
import { intrinsicName } from './intrinsics';
import { Template, TemplateResource } from './template';

/**
 * The logical ids a resource depends on: `DependsOn`, and every resource named by `Ref`, `Fn::GetAtt` or a
 * `${…}` in `Fn::Sub` anywhere in its properties. Parameters and pseudo parameters are not resources.
 */
export function dependenciesOf(logicalId: string, resource: TemplateResource, template: Template): string[] {
  const found = new Set<string>();
  const parameters = template.Parameters ?? {};
  const add = (target: string, how: string) => {
    if (target.startsWith('AWS::') || target in parameters) return;
    if (!(target in (template.Resources ?? {}))) {
      throw new TemplateError(`${logicalId} refers to \`${target}\` (${how}), which is not a resource or parameter of the template`);
    }
    found.add(target);
  };
  const dependsOn = resource.DependsOn === undefined ? [] : Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
  for (const target of dependsOn) add(target, 'DependsOn');
  visit(resource.Properties, add);
  return [...found];
}

function visit(value: unknown, add: (target: string, how: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => visit(item, add));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const name = intrinsicName(value);
  const args = name === undefined ? undefined : (value as Record<string, unknown>)[name];
  if (name === 'Ref' && typeof args === 'string') {
    add(args, 'Ref');
  } else if (name === 'Fn::GetAtt') {
    const target = typeof args === 'string' ? args.split('.')[0] : Array.isArray(args) ? args[0] : undefined;
    if (typeof target === 'string') add(target, 'Fn::GetAtt');
  } else if (name === 'Fn::Sub') {
    const [text, variables] = typeof args === 'string' ? [args, {}] : Array.isArray(args) ? args : [undefined, {}];
    if (typeof text === 'string') {
      for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
        const target = match[1].trim().split('.')[0];
        if (!(typeof variables === 'object' && variables !== null && target in variables)) add(target, 'Fn::Sub');
      }
    }
    visit(variables, add);
    return;
  }
  Object.values(value).forEach((item) => visit(item, add));
}

/**
 * The order CloudFormation may create `logicalIds` in: every resource after the ones it depends on; ties keep
 * the template's order, so a deploy is repeatable. A dependency cycle is an error naming the cycle.
 */
export function deploymentOrder(logicalIds: readonly string[], dependencies: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const included = new Set(logicalIds);
  const visitNode = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      throw new TemplateError(`Dependency cycle between resources: ${cycle.join(' -> ')}`);
    }
    state.set(id, 'visiting');
    for (const dependency of dependencies.get(id) ?? []) {
      if (included.has(dependency)) visitNode(dependency, [...path, id]);
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of logicalIds) visitNode(id, []);
  return order;
}
