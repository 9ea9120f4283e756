import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/io/inventory/quantity';

describe('unit suffixes on churn cells', () => {
  it.each([
    ['1.5 TB', 1536],
    ['1.5TB', 1536],
    ['1.5 tb/day', 1536],
    ['2 TB/Day', 2048],
    ['10 MB/s', 843.75],
    ['10MBps', 843.75],
    ['10 MBPS', 843.75],
    ['100 GB', 100],
    ['100gb/day', 100],
    ['1,536 GB', 1536],
    ['7', 7],
  ])('in a GB/day column reads %j as %d GB/day', (raw, gb) => {
    expect(parseQuantity(raw, '.', 'churn', 'GB/day')).toBe(gb);
  });

  it('lets the cell unit win over the column unit', () => {
    expect(parseQuantity('100 GB', '.', 'churn', 'TB/day')).toBe(100);
    expect(parseQuantity('1 TB', '.', 'churn', 'MB/s')).toBe(1024);
    expect(parseQuantity('10 MB/s', '.', 'churn', 'TB/day')).toBe(843.75);
  });

  it('applies the column unit to bare numbers', () => {
    expect(parseQuantity('1.5', '.', 'churn', 'TB/day')).toBe(1536);
    expect(parseQuantity('10', '.', 'churn', 'MB/s')).toBe(843.75);
  });

  it('follows the decimal-comma rule inside a number with a unit', () => {
    expect(parseQuantity('1,5 TB', ',', 'churn', 'GB/day')).toBe(1536);
    expect(parseQuantity('1.5 TB', ',', 'churn', 'GB/day')).toBe('dot-not-thousands');
  });

  it('rejects unknown or misplaced units', () => {
    expect(parseQuantity('12 MB', '.', 'churn', 'GB/day')).toBe('bad-unit');
    expect(parseQuantity('12 %', '.', 'churn', 'GB/day')).toBe('bad-unit');
    expect(parseQuantity('12 MB/s', '.', 'size', 'GB')).toBe('bad-unit');
    expect(parseQuantity('12 GB', '.', 'rate', 'MB/s')).toBe('bad-unit');
    expect(parseQuantity('3 GB', '.', 'count', 'GB')).toBe('bad-unit');
    expect(parseQuantity('N/A', '.', 'churn', 'GB/day')).toBe('not-number');
  });

  it('reads sizes in GB or TB and counts as whole numbers', () => {
    expect(parseQuantity('2 TB', '.', 'size', 'GB')).toBe(2048);
    expect(parseQuantity('500', '.', 'size', 'GB')).toBe(500);
    expect(parseQuantity('3', '.', 'count', 'GB')).toBe(3);
    expect(parseQuantity('2.5', '.', 'count', 'GB')).toBe('not-integer');
  });

  it('reads Mbit/s and Mbps as megabits per second (÷ 8 = MB/s), a capital B as bytes (docs/inputs.md#bit-rates)', () => {
    expect(parseQuantity('10 Mbps', '.', 'churn', 'GB/day')).toBe(105.46875); // 1.25 MB/s × 84.375
    expect(parseQuantity('10 mbps', '.', 'churn', 'GB/day')).toBe(105.46875);
    expect(parseQuantity('10 Mbit/s', '.', 'churn', 'GB/day')).toBe(105.46875);
    expect(parseQuantity('80 Mbit/s', '.', 'rate', 'MB/s')).toBe(10);
    expect(parseQuantity('10 MBps', '.', 'churn', 'GB/day')).toBe(843.75);
    expect(parseQuantity('10 Mbps', '.', 'size', 'GB')).toBe('bad-unit');
  });

  it('refuses a capital prefix with a lower-case b (Mb/s, Gb, Tb) as ambiguous, and keeps lower-case gb as GB', () => {
    for (const raw of ['10 Mb/s', '10 Gb', '1 Tb', '1 Tb/day', '5 Gb/day'])
      expect(parseQuantity(raw, '.', 'churn', 'GB/day'), raw).toBe('ambiguous-unit');
    expect(parseQuantity('10 Mb/s', '.', 'rate', 'MB/s')).toBe('ambiguous-unit');
    expect(parseQuantity('10 gb', '.', 'churn', 'GB/day')).toBe(10);
    expect(parseQuantity('1 GiB', '.', 'churn', 'GB/day')).toBe(1);
  });

  it('reports a value that overflows on conversion as not finite, never Infinity', () => {
    expect(parseQuantity('1e306 TB', '.', 'churn', 'GB/day')).toBe('not-finite');
    expect(parseQuantity('1e306 MB/s', '.', 'churn', 'GB/day')).toBe('not-finite');
    expect(parseQuantity('1e306', '.', 'churn', 'TB/day')).toBe('not-finite');
    expect(parseQuantity('1e306 TB', '.', 'size', 'GB')).toBe('not-finite');
  });

  it('keeps negative and non-finite values distinguishable', () => {
    expect(parseQuantity('-5 GB', '.', 'churn', 'GB/day')).toBe(-5);
    expect(parseQuantity('Infinity', '.', 'churn', 'GB/day')).toBe('not-finite');
  });
});
