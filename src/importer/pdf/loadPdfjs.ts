/**
 * pdf.js, loaded on demand. Its "worker" part runs in this same thread: in the
 * app this code already runs in the import worker, and in Node there is none.
 * Setting `pdfjsWorker` tells pdf.js so, and keeps it from fetching its worker
 * script from anywhere (the app's CSP allows only its own origin).
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(([pdfjs, worker]) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return pdfjs;
  });
  return loading;
}
