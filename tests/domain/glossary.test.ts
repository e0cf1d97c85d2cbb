import { describe, expect, it } from 'vitest';
import { findDefinition, searchGlossary } from '@/domain/glossary';
import { seed } from '../support/seed';

const glossary = seed.model.glossary;

describe('searchGlossary', () => {
  it('keeps all 8 terms of 名词解释 for an empty query', () => {
    expect(searchGlossary(glossary, '  ')).toHaveLength(8);
  });

  it('finds one term for 三公, with or without quotes', () => {
    expect(searchGlossary(glossary, '三公').map((e) => e.term)).toEqual(['“三公”经费']);
    expect(searchGlossary(glossary, '"三公"经费')).toHaveLength(1);
  });

  it('matches English names regardless of case', () => {
    expect(searchGlossary(glossary, 'PROJECT spending').map((e) => e.term)).toEqual(['项目支出']);
  });

  it('ranks terms matching by name before those matching only in the definition', () => {
    const found = searchGlossary(glossary, '基本支出').map((e) => e.term);
    expect(found[0]).toBe('基本支出');
    expect(found).toContain('项目支出');
  });

  it('matches brackets of either width', () => {
    expect(searchGlossary(glossary, '住房保障(类)')).toHaveLength(1);
  });

  it('finds nothing for an unknown word', () => {
    expect(searchGlossary(glossary, '不存在的词')).toEqual([]);
  });
});

describe('findDefinition', () => {
  it('finds “三公”经费 by its name written with plain quotes', () => {
    expect(findDefinition(glossary, '"三公"经费')?.definition).toMatch(/^纳入财政厅预算管理/);
  });
});
