import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/domain/deck';
import { renderSlide } from '@/features/present/renderSlide';
import { createI18n } from '@/i18n/i18n';
import { makeFormatter } from '@/i18n/formatter';
import { modelOf } from '../data/budgetVariants';

/** Names that are also properties of every plain object. */
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

describe('deck slides with categories named like object properties', () => {
  it('label each bar with its amount, never with a stray lookup', () => {
    const model = modelOf((file) => {
      file.functional.forEach((category, i) => {
        if (i < NAMES.length) category.name = NAMES[i]!;
      });
      delete file.stated?.functionalSharesPct;
    });
    const i18n = createI18n('zh-CN');
    const ctx = { t: i18n.t, format: makeFormatter('zh-CN', model.unit) };
    const bars = buildDeck(model)
      .map((slide) => renderSlide(slide, ctx).figure?.visual)
      .flatMap((visual) => (visual && 'data' in visual ? visual.data : []))
      .filter((d) => NAMES.includes(d.label));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.valueLabel ?? '', bar.label).not.toMatch(/present:|undefined/);
  });
});
