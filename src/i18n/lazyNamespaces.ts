/**
 * Label namespaces that are not needed for the first screen load as their own small
 * chunks (the i18n backend in i18n.ts asks here), so the first page load carries only
 * the common, overview and library labels. Namespaces put in the registry (the test
 * setup puts all of them) are bundled into every new i18n instance synchronously.
 */
interface Messages {
  zh: object;
  en: object;
}

const LOADERS: Record<string, () => Promise<Messages>> = {
  spending: () => import('./messages/spending').then((m) => m.spending),
  staffing: () => import('./messages/staffing').then((m) => m.staffing),
  keyWork: () => import('./messages/keyWork').then((m) => m.keyWork),
  other: () => import('./messages/other').then((m) => m.other),
  findings: () => import('./messages/findings').then((m) => m.findings),
  glossary: () => import('./messages/glossary').then((m) => m.glossary),
  present: () => import('./messages/present').then((m) => m.present),
  importer: () => import('./messages/importer').then((m) => m.importer),
  compare: () => import('./messages/compare').then((m) => m.compare),
  libraryReport: () => import('./messages/libraryReport').then((m) => m.libraryReport),
};

export const LAZY_NAMESPACES = Object.keys(LOADERS);

const registry = new Map<string, Messages>();

/** Makes namespaces available synchronously to i18n instances created from now on. */
export function registerNamespaces(namespaces: Record<string, Messages>): void {
  for (const [name, messages] of Object.entries(namespaces)) registry.set(name, messages);
}

export function registeredNamespaces(): ReadonlyMap<string, Messages> {
  return registry;
}

export async function loadNamespace(name: string): Promise<Messages> {
  const known = registry.get(name);
  if (known) return known;
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown label namespace ${name}`);
  const messages = await load();
  registry.set(name, messages);
  return messages;
}
