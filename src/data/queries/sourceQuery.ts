/** The query for whichever source the URL names: the seed, a same-origin URL or a stored dataset. */
import { SEED_URL, type DatasetSource } from '../datasetSource';
import { budgetQueryOptions } from './budgetByUrl';
import { datasetQueryOptions } from './storedBudget';

export function sourceQueryOptions(source: DatasetSource) {
  if (source.kind === 'stored') return datasetQueryOptions(source.id);
  return budgetQueryOptions(source.kind === 'url' ? source.url : SEED_URL);
}
