/**
 * The generated stack file as a small language-neutral tree: one tree, written out by the TypeScript and the Python
 * writer, so the two languages declare the same calls with the same names and values by construction.
 * Names are TypeScript's (camelCase); the Python writer turns them into jsii's snake_case.
 */

/** A value in the code. */
export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  /** A local variable of the stack's constructor. */
  | { readonly kind: 'variable'; readonly name: string }
  /** A static constant of a type, e.g. `Channel.VOICE`. */
  | { readonly kind: 'constant'; readonly type: string; readonly member: string }
  /** A static method call, e.g. `QueueRef.fromQueueName('VIP')`; `options` is the trailing options struct, if any. */
  | { readonly kind: 'call'; readonly type: string; readonly method: string; readonly args: readonly Expr[]; readonly options?: Props }
  /** A jsii struct: an object literal in TypeScript, the struct's class in Python. */
  | { readonly kind: 'struct'; readonly type: string; readonly props: Props }
  /** One item per line. */
  | { readonly kind: 'list'; readonly items: readonly Expr[] }
  /** A map of strings, e.g. tags. */
  | { readonly kind: 'map'; readonly entries: ReadonlyArray<readonly [string, string]> };

/** Named values in order: a struct's fields, a construct's props, a call's options. */
export type Props = ReadonlyArray<readonly [string, Expr]>;

/** `new Type(this, 'id', { props })`, with comment lines above it. */
export interface ConstructDeclaration {
  readonly comments: readonly string[];
  readonly type: string;
  readonly id: string;
  readonly props: Props;
}

export interface StackFile {
  /** Paragraphs of the comment at the top of the file (each wrapped by the writer). */
  readonly header: readonly string[];
  readonly className: string;
  /** Local variables the constructs share, e.g. the instance ARN. */
  readonly variables: Props;
  readonly constructs: readonly ConstructDeclaration[];
  /** How the file runs as an app: the stack's id and environment. */
  readonly app: { readonly stackId: string; readonly account: string; readonly region: string };
}

/** Types that come from aws-cdk-lib (everything else the tree names is cdk-connect-routing's). */
export const AWS_CDK_TYPES: ReadonlySet<string> = new Set(['App', 'Duration', 'Environment', 'RemovalPolicy', 'Stack', 'StackProps']);

/** Every type a tree names, with whether it is a struct (which TypeScript writes as an object literal, unnamed). */
export function typesUsed(file: StackFile): Map<string, 'struct' | 'class'> {
  const types = new Map<string, 'struct' | 'class'>();
  const visit = (expr: Expr): void => {
    switch (expr.kind) {
      case 'constant': types.set(expr.type, 'class'); return;
      case 'call':
        types.set(expr.type, 'class');
        expr.args.forEach(visit);
        (expr.options ?? []).forEach(([, value]) => visit(value));
        return;
      case 'struct':
        if (!types.has(expr.type)) types.set(expr.type, 'struct');
        expr.props.forEach(([, value]) => visit(value));
        return;
      case 'list': expr.items.forEach(visit); return;
      default: return;
    }
  };
  for (const [, value] of file.variables) visit(value);
  for (const construct of file.constructs) {
    types.set(construct.type, 'class');
    construct.props.forEach(([, value]) => visit(value));
  }
  return types;
}

/** Splits a paragraph into lines of at most `width` characters (a longer word stays whole). */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A string as a double-quoted literal both languages read the same way: JSON's escapes, which TypeScript and Python
 * share, plus the two line separators JSON leaves raw (a line break in JavaScript source) and every other
 * non-printing character, so a value can never break out of its literal or of a comment line.
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u00ad\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
