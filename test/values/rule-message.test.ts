import { formatValue, ruleMessage } from '../../src/private/rule-message';

describe('ruleMessage', () => {
  test('names the prop in backticks, states the rule and ends with the value received', () => {
    expect(ruleMessage('queueConfigs[0].priority', 'must be a whole number from 1 to 99', 0))
      .toBe('`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 0');
  });
});

describe('formatValue', () => {
  test('quotes strings JSON-style, escaping quotes', () => {
    expect(formatValue('say "hi"')).toBe('"say \\"hi\\""');
  });

  test('prints numbers, including the ones JSON cannot hold', () => {
    expect(formatValue(1.5)).toBe('1.5');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  test('prints undefined, null, booleans and objects', () => {
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(true)).toBe('true');
    expect(formatValue({ Id: 'q1' })).toBe('{"Id":"q1"}');
  });

  test('shows a string of 200 characters in full', () => {
    const value = 'a'.repeat(200);
    expect(formatValue(value)).toBe(JSON.stringify(value));
  });

  test('cuts a longer string and gives its length in code points, so a 4 KB failure reason stays small', () => {
    const value = '😀'.repeat(300);
    expect(formatValue(value)).toBe(`${JSON.stringify('😀'.repeat(200))}… (300 characters)`);
  });

  test('cuts a long object too', () => {
    expect(formatValue({ Name: 'n'.repeat(300) })).toMatch(/^\{"Name":"n+… \(311 characters\)$/);
  });

  test('gives the length of a non-empty string when asked, in code points', () => {
    expect(formatValue('ab😀', { showLength: true })).toBe('"ab😀" (3 characters)');
    expect(formatValue('', { showLength: true })).toBe('""');
    expect(ruleMessage('name', 'must be short', 'abc', { showLength: true })).toBe('`name` must be short, got: "abc" (3 characters)');
  });

  test('prints functions and symbols by their string form', () => {
    expect(formatValue(Symbol('x'))).toBe('Symbol(x)');
    expect(formatValue(10n)).toBe('10');
  });

  test('falls back to the string form of a cyclic object', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe('[object Object]');
  });
});
