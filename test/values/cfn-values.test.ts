import { booleanOf, wholeNumberOf } from '../../src/private/cfn-values';

describe('CloudFormation strings back to values', () => {
  test.each([
    ['3', 3], [' 10 ', 10], ['-1', -1], [7, 7],
    ['2.5', '2.5'], ['five', 'five'], ['', ''], [undefined, undefined], [null, null],
  ])('wholeNumberOf(%j) is %j: anything that is not a whole number is left for the rules to report', (value, expected) => {
    expect(wholeNumberOf(value)).toBe(expected);
  });

  test.each([
    ['true', true], [true, true], ['false', false], [false, false],
    ['TRUE', undefined], ['yes', undefined], ['', undefined], [undefined, undefined], [1, undefined],
  ])('booleanOf(%j) is %j', (value, expected) => {
    expect(booleanOf(value)).toBe(expected);
  });
});
