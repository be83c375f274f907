import { AWS_CDK_TYPES, Expr, Props, quoted, StackFile, typesUsed, wrap } from './code';

const INDENT = '  ';
const WIDTH = 118;

/** The stack file in TypeScript: a module exporting the stack class, which also runs as a CDK app on its own. */
export function renderTypeScript(file: StackFile): string {
  const types = typesUsed(file);
  const library = [...types].filter(([type, kind]) => kind === 'class' && !AWS_CDK_TYPES.has(type)).map(([type]) => type).sort();
  const cdk = ['App', 'Stack', 'StackProps', ...[...types.keys()].filter((type) => AWS_CDK_TYPES.has(type))];
  const lines = [
    ...file.header.flatMap((paragraph, i) => [...(i > 0 ? ['//'] : []), ...wrap(paragraph, WIDTH - 3).map((line) => `// ${line}`)]),
    importLine([...new Set(cdk)].sort(), 'aws-cdk-lib'),
    importLine(['Construct'], 'constructs'),
    importLine(library, 'cdk-connect-routing'),
    '',
    `export class ${file.className} extends Stack {`,
    `${INDENT}constructor(scope: Construct, id: string, props?: StackProps) {`,
    `${INDENT.repeat(2)}super(scope, id, props);`,
    ...file.variables.map(([name, value]) => `${INDENT.repeat(2)}const ${name} = ${expr(value, 2)};`),
  ];
  for (const construct of file.constructs) {
    lines.push('');
    lines.push(...construct.comments.flatMap((comment) => wrap(comment, WIDTH - 7).map((line) => `${INDENT.repeat(2)}// ${line}`)));
    lines.push(`${INDENT.repeat(2)}new ${construct.type}(this, ${string(construct.id)}, ${object(construct.props, 2)});`);
  }
  lines.push(
    `${INDENT}}`,
    '}',
    '',
    '// Run on its own, the file is a CDK app holding this one stack; import the class to add the stack to your own app.',
    'if (require.main === module) {',
    `${INDENT}const app = new App();`,
    `${INDENT}new ${file.className}(app, ${string(file.app.stackId)}, { env: { account: ${string(file.app.account)}, `
      + `region: ${string(file.app.region)} } });`,
    `${INDENT}app.synth();`,
    '}',
  );
  return `${lines.join('\n')}\n`;
}

/** One line when it fits, else one name per line. */
function importLine(names: readonly string[], from: string): string {
  const line = `import { ${names.join(', ')} } from '${from}';`;
  return line.length <= WIDTH ? line : `import {\n${names.map((name) => `${INDENT}${name},\n`).join('')}} from '${from}';`;
}

function expr(value: Expr, depth: number): string {
  switch (value.kind) {
    case 'literal': return typeof value.value === 'string' ? string(value.value) : String(value.value);
    case 'variable': return value.name;
    case 'constant': return `${value.type}.${value.member}`;
    case 'call': {
      const args = value.args.map((arg) => expr(arg, depth));
      if (value.options !== undefined && value.options.length > 0) args.push(inlineObject(value.options, depth));
      return `${value.type}.${value.method}(${args.join(', ')})`;
    }
    case 'struct': return inlineObject(value.props, depth);
    case 'list':
      if (value.items.length === 0) return '[]';
      return `[\n${value.items.map((item) => `${INDENT.repeat(depth + 1)}${expr(item, depth + 1)},\n`).join('')}${INDENT.repeat(depth)}]`;
    case 'map':
      return `{ ${value.entries.map(([key, item]) => `${objectKey(key)}: ${string(item)}`).join(', ')} }`;
  }
}

/** Props one per line; a variable of the prop's own name is written shorthand (`instanceArn,`). */
function object(props: Props, depth: number): string {
  const pad = INDENT.repeat(depth + 1);
  const fields = props.map(([name, value]) => (value.kind === 'variable' && value.name === name
    ? `${pad}${name},\n` : `${pad}${name}: ${expr(value, depth + 1)},\n`));
  return `{\n${fields.join('')}${INDENT.repeat(depth)}}`;
}

function inlineObject(props: Props, depth: number): string {
  return `{ ${props.map(([name, value]) => `${name}: ${expr(value, depth)}`).join(', ')} }`;
}

/** An object key: bare when it is an identifier, quoted otherwise (tag keys like `cost-center`). */
function objectKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : string(key);
}

/** A single-quoted string literal (this project's style and CDK's), with `quoted`'s escapes. */
function string(value: string): string {
  const inner = quoted(value).slice(1, -1).replace(/\\(.)|'/g, (match, escaped: string | undefined) => {
    if (escaped === undefined) return '\\\'';
    return escaped === '"' ? '"' : match;
  });
  return `'${inner}'`;
}
