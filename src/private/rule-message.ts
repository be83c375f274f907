/**
 * The one shape every validation message takes, at synth time and in the handler:
 *
 *   `<prop>` <rule>, got: <value>
 *
 * Plain TypeScript, no aws-cdk-lib import: the handler bundles import this file through `rules.ts`.
 */

/**
 * Longest string shown in full. Longer ones are cut and followed by their length, because a handler's
 * failure reason travels in a custom-resource response that must stay under 4 KB.
 */
const MAX_SHOWN_CHARACTERS = 200;

/** How to render a received value. */
export interface FormatOptions {
  /** Follow a non-empty string with its length, for the rules about length. Default: only when the string is cut. */
  readonly showLength?: boolean;
}

/** Renders a received value for the end of a message: strings and objects JSON-ish, numbers as they print. */
export function formatValue(value: unknown, options: FormatOptions = {}): string {
  if (typeof value === 'string') {
    // Smithy measures string length in Unicode code points, so the message counts the same way.
    const characters = Array.from(value);
    if (characters.length > MAX_SHOWN_CHARACTERS) {
      return `${JSON.stringify(characters.slice(0, MAX_SHOWN_CHARACTERS).join(''))}… (${characters.length} characters)`;
    }
    return options.showLength && characters.length > 0
      ? `${JSON.stringify(value)} (${characters.length} characters)`
      : JSON.stringify(value);
  }
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'function' || typeof value === 'symbol') {
    return String(value);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined; // a cyclic structure: fall back to its string form
  }
  if (json === undefined) {
    return String(value);
  }
  const characters = Array.from(json);
  return characters.length > MAX_SHOWN_CHARACTERS
    ? `${characters.slice(0, MAX_SHOWN_CHARACTERS).join('')}… (${characters.length} characters)`
    : json;
}

/**
 * Builds a validation message.
 *
 * @param prop the prop's path as the user wrote it, e.g. `mediaConcurrencies[1].concurrency`
 * @param rule what the value must be, e.g. `must be a whole number from 1 to 99`
 * @param value the value received
 * @param options how to render the value
 */
export function ruleMessage(prop: string, rule: string, value: unknown, options: FormatOptions = {}): string {
  return `\`${prop}\` ${rule}, got: ${formatValue(value, options)}`;
}
