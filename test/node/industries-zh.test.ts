import { describe, expect, it } from 'vitest';
import { zh } from '../../src/components/strings-zh.js';
import { INDUSTRIES } from '../../src/draft/industries.js';

describe('industries in the Chinese interface', () => {
  it('gives every industry the engine names a Chinese name', () => {
    const untranslated = INDUSTRIES.filter((key) => !/^[\p{Script=Han}]+$/u.test(zh.industry(key)));
    expect(untranslated).toEqual([]);
    expect([zh.industry('agriculture'), zh.industry('steel')]).toEqual(['农业', '钢铁']);
  });
});
