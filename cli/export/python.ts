import { AWS_CDK_TYPES, Expr, Props, quoted, StackFile, typesUsed, wrap } from './code';

const INDENT = '    ';
const WIDTH = 118;

/**
 * The stack file in Python, mirroring the TypeScript one call for call: jsii's names (snake_case members and
 * keywords, structs as their classes), the stack class, and the app under `if __name__ == "__main__":`.
 */
export function renderPython(file: StackFile): string {
  const types = typesUsed(file);
  const library = [...types.keys()].filter((type) => !AWS_CDK_TYPES.has(type)).sort();
  const cdk = ['App', 'Environment', 'Stack', ...[...types.keys()].filter((type) => AWS_CDK_TYPES.has(type))];
  const lines = [
    ...file.header.flatMap((paragraph, i) => [...(i > 0 ? ['#'] : []), ...wrap(paragraph, WIDTH - 2).map((line) => `# ${line}`)]),
    `from aws_cdk import ${[...new Set(cdk)].sort().join(', ')}`,
    'from constructs import Construct',
    `from cdk_connect_routing import (\n${wrapNames(library)}\n)`,
    '',
    '',
    `class ${file.className}(Stack):`,
    `${INDENT}def __init__(self, scope: Construct, id: str, **kwargs) -> None:`,
    `${INDENT.repeat(2)}super().__init__(scope, id, **kwargs)`,
    ...file.variables.map(([name, value]) => `${INDENT.repeat(2)}${snake(name)} = ${expr(value, 2)}`),
  ];
  for (const construct of file.constructs) {
    lines.push('');
    lines.push(...construct.comments.flatMap((comment) => wrap(comment, WIDTH - 10).map((line) => `${INDENT.repeat(2)}# ${line}`)));
    lines.push(`${INDENT.repeat(2)}${construct.type}(self, ${quoted(construct.id)},`);
    lines.push(...construct.props.map(([name, value]) => `${INDENT.repeat(3)}${snake(name)}=${expr(value, 3)},`));
    lines.push(`${INDENT.repeat(2)})`);
  }
  lines.push(
    '',
    '',
    '# Run on its own, the file is a CDK app holding this one stack; import the class to add the stack to your own app.',
    'if __name__ == "__main__":',
    `${INDENT}app = App()`,
    `${INDENT}${file.className}(app, ${quoted(file.app.stackId)}, env=Environment(account=${quoted(file.app.account)}, `
      + `region=${quoted(file.app.region)}))`,
    `${INDENT}app.synth()`,
  );
  return `${lines.join('\n')}\n`;
}

function expr(value: Expr, depth: number): string {
  switch (value.kind) {
    case 'literal':
      if (typeof value.value === 'boolean') return value.value ? 'True' : 'False';
      return typeof value.value === 'string' ? quoted(value.value) : String(value.value);
    case 'variable': return snake(value.name);
    case 'constant': return `${value.type}.${value.member}`;
    case 'call': {
      const args = [...value.args.map((arg) => expr(arg, depth)), ...keywords(value.options ?? [], depth)];
      return `${value.type}.${snake(value.method)}(${args.join(', ')})`;
    }
    case 'struct': return `${value.type}(${keywords(value.props, depth).join(', ')})`;
    case 'list':
      if (value.items.length === 0) return '[]';
      return `[\n${value.items.map((item) => `${INDENT.repeat(depth + 1)}${expr(item, depth + 1)},\n`).join('')}${INDENT.repeat(depth)}]`;
    case 'map':
      return `{${value.entries.map(([key, item]) => `${quoted(key)}: ${quoted(item)}`).join(', ')}}`;
  }
}

function keywords(props: Props, depth: number): string[] {
  return props.map(([name, value]) => `${snake(name)}=${expr(value, depth)}`);
}

/** jsii's Python name of a camelCase member: `fromQueueName` → `from_queue_name`. */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Imported names, several per line. */
function wrapNames(names: readonly string[]): string {
  return wrap(names.map((name) => `${name},`).join(' '), WIDTH - INDENT.length).map((line) => `${INDENT}${line}`).join('\n');
}
