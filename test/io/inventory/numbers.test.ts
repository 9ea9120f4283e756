import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/io/inventory/numbers';

describe("decimal mark '.' (comma- and tab-delimited files)", () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['12.5', 12.5],
    ['+3.25', 3.25],
    [' 7 ', 7],
    ['1,536', 1536],
    ['1,536.25', 1536.25],
    ['12,345,678', 12345678],
    ['1 536', 1536],
    ['.5', 0.5],
    ['-4', -4],
    ['1e3', 1000],
    ['\u00a012.5\u00a0', 12.5],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw, '.')).toBe(value);
  });

  it.each([
    ['1,5', 'comma-not-thousands'],
    ['1,53', 'comma-not-thousands'],
    ['1,5366', 'comma-not-thousands'],
    ['12,34,567', 'comma-not-thousands'],
    ['0,536', 'comma-not-thousands'],
    ['1.536,5', 'comma-not-thousands'],
    ['abc', 'not-number'],
    ['#N/A', 'not-number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.2.3', 'not-number'],
    ['NaN', 'not-finite'],
    ['Infinity', 'not-finite'],
    ['-Infinity', 'not-finite'],
    ['1e400', 'not-finite'],
    ['1' + '0'.repeat(400), 'not-finite'],
    ['15 36', 'bad-grouping'],
  ])('rejects %j as %s', (raw, problem) => {
    expect(parseNumber(raw, '.')).toBe(problem);
  });
});

describe("decimal mark ',' (semicolon-delimited files)", () => {
  it.each([
    ['1,5', 1.5],
    ['1.536', 1536],
    ['1.536,5', 1536.5],
    ['1 536,5', 1536.5],
    ['1\u00a0536,5', 1536.5],
    ['1\u202f536,5', 1536.5],
    ['12.345.678,9', 12345678.9],
    ['+0,25', 0.25],
    ['-2,5', -2.5],
    ['7', 7],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw, ',')).toBe(value);
  });

  it.each([
    ['12.5', 'dot-not-thousands'],
    ['1.5', 'dot-not-thousands'],
    ['0.536', 'dot-not-thousands'],
    ['1,536.5', 'dot-not-thousands'],
    ['1.536 000', 'dot-not-thousands'],
    ['x', 'not-number'],
  ])('rejects %j as %s', (raw, problem) => {
    expect(parseNumber(raw, ',')).toBe(problem);
  });
});

describe('fast path', () => {
  it('gives exactly the double Number() gives for plain decimals', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,9}(\.\d{1,6})?$/), (s) => {
        expect(parseNumber(s, '.')).toBe(Number(s));
        expect(parseNumber(s.replace('.', ','), ',')).toBe(Number(s));
      }),
    );
  });

  // Cells the fast path (plain digits, one mark, ≤ 15 digits) does not take: the full parser reads them.
  it.each([
    ['', 'empty'],
    ['+', 'not-number'],
    ['.5', 0.5],
    ['5.', 5],
    ['1..2', 'not-number'],
    ['0x10', 'not-number'],
    ['1e5', 100000],
    ['-1', -1],
    ['1234567890123456', 1234567890123456],
    [' 1', 1],
  ])('leaves %j to the full parser, which reads %j', (raw, expected) => {
    expect(parseNumber(raw, '.')).toBe(expected);
  });
});
