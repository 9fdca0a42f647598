import { describe, expect, it } from 'vitest';
import { creditCodeValid, residentIdValid } from './checks';

describe('a resident ID number as it is typed', () => {
  it('passes with its check character, X included', () => {
    expect(residentIdValid('430621198001010026')).toBe(true);
    expect(residentIdValid('43062119820303005x')).toBe(true);
  });

  it('fails with a wrong check character, a date that does not exist, or the wrong length', () => {
    expect(residentIdValid('430621198001010027')).toBe(false);
    expect(residentIdValid('430621198002300025')).toBe(false);
    expect(residentIdValid('43062119800101002')).toBe(false);
  });
});

describe('a unified social credit code as it is typed', () => {
  it('passes with its check character', () => {
    expect(creditCodeValid('91350100M000100Y43')).toBe(true);
    expect(creditCodeValid('914403001922038216')).toBe(true);
  });

  it('fails with a wrong check character or a letter outside its alphabet', () => {
    expect(creditCodeValid('91350100M000100Y44')).toBe(false);
    expect(creditCodeValid('91350100I000100Y43')).toBe(false);
  });
});
