import { beforeAll, describe, expect, it } from 'vitest';
import { noticeText } from '@/features/key-work/statusText';
import { createI18n } from '@/i18n/i18n';
import type { TFunction, TOptions } from '@/i18n/translator';

/** The keyWork labels in one language, once loaded, as the section's t(). */
async function keyWorkT(language: 'zh-CN' | 'en'): Promise<TFunction<'keyWork'>> {
  const i18n = createI18n(language);
  await i18n.load('keyWork');
  return (key: string, options?: TOptions) => i18n.t(key, options, 'keyWork');
}

describe('what a step says when another tab changed it too', () => {
  let zh: TFunction<'keyWork'>;
  let en: TFunction<'keyWork'>;
  beforeAll(async () => {
    [zh, en] = await Promise.all([keyWorkT('zh-CN'), keyWorkT('en')]);
  });

  it('names the field and the other tab’s value, a status by its name, in both languages', () => {
    const overwrote = [{ field: 'status' as const, theirs: 'done', kind: 'overwrote' as const }];
    expect(noticeText(overwrote, zh)).toBe('另一个标签页刚把状态改为“已完成”，已被这里的更改替换');
    expect(noticeText(overwrote, en)).toBe('another tab had just changed the status to "Done"; replaced by the change made here');
  });

  it('says an emptied note is empty, and lists several fields', () => {
    const elsewhere = [
      { field: 'note' as const, theirs: '', kind: 'elsewhere' as const },
      { field: 'date' as const, theirs: '2021-04-28', kind: 'elsewhere' as const },
    ];
    expect(noticeText(elsewhere, zh)).toBe('备注已在另一个标签页中改为“（空）”，日期已在另一个标签页中改为“2021-04-28”');
  });
});
