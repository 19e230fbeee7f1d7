// The date detector runs each of its patterns only where one character scan says the pattern may match
// (datePatternsIn): that scan must never say no where the pattern finds something.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DATE_PATTERNS_FOR_TEST, datePatternsIn } from '../../../server/src/engine/detectors/dates';

function missed(text: string): string | undefined {
  const may = datePatternsIn(text);
  for (const [re, bit] of DATE_PATTERNS_FOR_TEST) {
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    if (found && (may & bit) === 0) return `${re.source.slice(0, 40)} matches ${JSON.stringify(text)}`;
  }
  return undefined;
}

test('date patterns: the character scan lets every match through (examples)', () => {
  const texts = [
    'DOB: 04/12/1985', 'I was born on March 5th, 1990', 'admitted 7/22, found by husband', 'my birthday is 12 June',
    'on the 11th. One set pending', 'LAST DOSE IN MARCH OF 1993', 'ON THE 3RD AT NOON', 'Sept. 2020', '2024-03-15',
    '5 march', '12th of June', 'since the 2nd and', 'é\u212Amar 5', 'x_mar 5', '3rd', 'dec 1', 'Dec. 31st, 1999',
  ];
  for (const t of texts) assert.equal(missed(t), undefined);
});

test('date patterns: the character scan lets every match through (generated)', () => {
  const piece = fc.constantFrom('1', '12', '2024', '3', '/', '.', '-', ' ', ',', 'st', 'ND', 'rd', 'Th', 'th', 'mar', 'MAR', 'March', 'sept',
    'Sep', 'may', 'dec', 'of', 'the', 'on', 'a', '_', 'é', '\u212A', 'x', '\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => missed(parts.join('')) === undefined), { numRuns: 20000 });
});
