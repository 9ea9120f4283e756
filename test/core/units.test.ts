import { describe, expect, it } from 'vitest';
import { gbPerDayToMbitps, mbpsToGBPerDay, roundTo, tbToGB } from '../../src/core/units';

describe('units (docs/rules.md#units)', () => {
  it('counts 1 TB as 1024 GB', () => {
    expect(tbToGB(2)).toBe(2048);
    expect(tbToGB(1.5)).toBe(1536);
  });

  it('converts MB/s to GB/day with × 86400 / 1024 = × 84.375', () => {
    expect(mbpsToGBPerDay(1)).toBe(84.375);
    expect(mbpsToGBPerDay(54)).toBeCloseTo(4556.25, 10);
  });

  it('converts GB/day to Mbit/s with × 8 × 1024 / 86400', () => {
    expect(gbPerDayToMbitps(2048)).toBeCloseTo((2048 * 8 * 1024) / 86400, 10);
    expect(gbPerDayToMbitps(84.375)).toBeCloseTo(8, 10); // 1 MB/s is 8 Mbit/s
  });

  it('rounds for reports without negative zero', () => {
    expect(roundTo(1.23456, 3)).toBe(1.235);
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
  });

  it('never turns a huge finite figure into Infinity (scaling overflowed from about 1.8e305)', () => {
    expect(roundTo(1e306)).toBe(1e306);
    expect(roundTo(-1.7e308, 2)).toBe(-1.7e308);
    expect(roundTo(1.8e305, 3)).toBe(1.8e305);
    expect(roundTo(1e300, 3)).toBe(1e300);
  });
});
