import { describe, expect, it } from 'vitest';
import { embeddedBudgetText } from '@/data/embeddedBudget';
import { readSharedState, sharedStatusesFor, withSharedDataset } from '@/data/sharedFile';

const SHELL = '<!doctype html><html><head><script>var s = "</body>";</script></head><body><div id="root"></div></body></html>';
const HOSTILE = 'Bureau </script><script>alert(1)</script> \u2028 “引号”';

function open(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a shared file', () => {
  const budget = JSON.stringify({ department: { name: HOSTILE } });
  const statuses = { version: 1, statuses: { a: { status: 'done', note: '</script>' } } };
  const html = withSharedDataset(SHELL, budget, { budgetUrl: 'shared/2021-x.json', view: 's=key-work&unit=元', statuses });
  const doc = open(html);

  it('carries the budget and the state intact, however hostile the names in them', () => {
    expect(JSON.parse(embeddedBudgetText('shared/2021-x.json', doc) ?? '')).toEqual({ department: { name: HOSTILE } });
    expect(readSharedState(doc)).toEqual({ budgetUrl: 'shared/2021-x.json', view: 's=key-work&unit=元', statuses });
  });

  it('adds no element that runs: a name cannot close the data block', () => {
    expect([...doc.scripts].filter((script) => script.type !== 'application/json')).toHaveLength(1);
    expect(doc.querySelectorAll('b, script:not([type])')).toHaveLength(1);
  });

  it('gives its statuses only to the dataset it carries', () => {
    expect(sharedStatusesFor('shared/2021-x.json', doc)).toEqual(statuses);
    expect(sharedStatusesFor('data/lushan-shebao-2021.json', doc)).toBeUndefined();
    expect(readSharedState(open(SHELL))).toBeUndefined();
  });
});
