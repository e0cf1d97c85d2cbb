/** The seed budget as the app sees it, read from the real file (no copies of its figures). */
import { readFileSync } from 'node:fs';
import { parseBudgetText } from '@/data/parseBudget';
import type { LoadedBudget } from '@/data/loadedBudget';

export const SEED_PATH = 'public/data/lushan-shebao-2021.json';

export function loadBudgetFile(path: string = SEED_PATH): LoadedBudget {
  const result = parseBudgetText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.issues)}`);
  return { file: result.budget, model: result.model, sourceId: path };
}

export const seed = loadBudgetFile();
