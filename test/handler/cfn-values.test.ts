import { parseBoolean, parseWholeNumber } from '../../lambda/shared/cfn-values';

describe('CloudFormation strings back to values', () => {
  test.each([
    ['3', 3], [' 10 ', 10], ['-1', -1], [7, 7],
    ['2.5', '2.5'], ['five', 'five'], ['', ''], [undefined, undefined], [null, null],
  ])('parseWholeNumber(%j) is %j: anything that is not a whole number is left for the rules to report', (value, expected) => {
    expect(parseWholeNumber(value)).toBe(expected);
  });

  test.each([
    ['true', true], [true, true], ['false', false], [false, false],
    ['TRUE', undefined], ['yes', undefined], ['', undefined], [undefined, undefined], [1, undefined],
  ])('parseBoolean(%j) is %j', (value, expected) => {
    expect(parseBoolean(value)).toBe(expected);
  });
});
