/** Where the budget on screen (or the one compared with it) comes from. */
export type DatasetSource = { kind: 'seed' } | { kind: 'url'; url: string } | { kind: 'stored'; id: string };

export const SEED_SOURCE: DatasetSource = { kind: 'seed' };

/** The bundled seed budget, relative to the page. */
export const SEED_URL = 'data/lushan-shebao-2021.json';
