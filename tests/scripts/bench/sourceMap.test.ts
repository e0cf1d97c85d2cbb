import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceMap } from '../../../scripts/bench/sourceMap';
import { tempDir } from '../../support/tempDir';

/**
 * A hand-encoded map of a two-line chunk: line 1 column 0 comes from format.ts line 1 column 0,
 * line 1 column 9 is the name `formatDecimal` at line 1 column 10; line 2 starts in format.ts line 2 and from
 * column 4 is react-dom's line 2.
 */
const MAP = {
  version: 3,
  sources: ['../../work/wt/src/i18n/format.ts', '../../node_modules/react-dom/cjs/react-dom-client.production.js'],
  names: ['formatDecimal'],
  mappings: 'AAAA,SAAUA;AACA,ICAA',
};

function mapFile(): string {
  const file = join(tempDir('bench-map-'), 'index.js.map');
  writeFileSync(file, JSON.stringify(MAP));
  return file;
}

describe('the bench names a profiled function by its source, not its minified name', () => {
  it('maps a position in the built chunk to the source file, line and original name', () => {
    const map = loadSourceMap(mapFile())!;
    expect(map.lookup(0, 12)).toEqual({ source: 'src/i18n/format.ts', line: 1, name: 'formatDecimal' });
    expect(map.lookup(0, 3)).toEqual({ source: 'src/i18n/format.ts', line: 1, name: undefined });
    expect(map.lookup(1, 2)).toEqual({ source: 'src/i18n/format.ts', line: 2, name: undefined });
    expect(map.lookup(1, 40)).toEqual({ source: 'node_modules/react-dom/cjs/react-dom-client.production.js', line: 2, name: undefined });
  });

  it('gives nothing for a chunk without a map', () => {
    expect(loadSourceMap(join(tempDir('bench-map-'), 'no-such-chunk.js.map'))).toBeUndefined();
  });
});
