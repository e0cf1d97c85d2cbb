/** Small constructors that keep slide builders readable. */
import type { Fen } from '../money';
import type { DeckText, DeckValue } from './types';

export const money = (value: Fen | undefined, signed = false): DeckValue => ({ kind: 'money', value, ...(signed ? { signed } : {}) });
export const percent = (value: number | undefined, signed = false): DeckValue => ({ kind: 'percent', value, ...(signed ? { signed } : {}) });
export const count = (value: number | undefined): DeckValue => ({ kind: 'count', value });
export const year = (value: number): DeckValue => ({ kind: 'year', value });
export const month = (value: number): DeckValue => ({ kind: 'month', value });
export const quantity = (value: number | undefined, unit: string): DeckValue => ({ kind: 'quantity', value, unit });
export const name = (item: { name: string; nameEn?: string | undefined }): DeckValue => ({
  kind: 'name',
  name: item.name,
  ...(item.nameEn ? { nameEn: item.nameEn } : {}),
});
export const text = (key: string, values?: Record<string, DeckValue>): DeckText => (values ? { key, values } : { key });
export const textValue = (key: string, values?: Record<string, DeckValue>): DeckValue => ({ kind: 'text', text: text(key, values) });
export const list = (items: DeckValue[]): DeckValue => ({ kind: 'list', items });
