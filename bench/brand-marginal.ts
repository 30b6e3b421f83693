/**
 * `brand_marginal`: what each extra brand of a document costs, as a fraction of its first.
 * A build renders a document for every brand one after the other on one thread: the first
 * brand pays for what is new in the document (shaping its text, laying it out), each
 * further brand for what is left. Measured in one warm thread (fonts opened by an unrelated
 * document first, after forgetting what earlier parts of the bench left in it), on several
 * documents of the sample, in CPU time (steadier than wall time on a shared machine). No
 * shaping store on disk: the cold builds before this in a full run wrote one, and a first
 * brand that reads its shaped text from there is not what a cold build's first brand costs
 * (the ratio came out 0.80 in a full run against 0.42 alone).
 */
import { loadBrands } from '../src/brands/load-brands.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { clearMemos } from '../src/memos.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { renderScopeKey } from '../src/pipeline/preflight.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import type { projectPaths } from '../src/project.js';
import type { RenderTask } from '../src/render/render-task.js';
import type { Row } from './harness.js';

/** The documents measured (slug.lang), each new to the thread when its first brand renders. */
const DOCUMENTS = ['tips12.nl', 'samen-lezen.nl', 'huiswerk.fr', 'zeven-dimensies.nl', 'ouders-kort.nl', 'contact-met-school.ar'];
/** Renders fonts, pictograms and code paths before any measured document. */
const WARM_UP = 'huiswerk.nl';

const cpuMs = async (fn: () => Promise<unknown>) => {
  const c = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

/**
 * Render each measured document for every brand and compare the extra brands with the first.
 * @param paths the (scratch) project's paths
 * @param log where to write the per-document figures
 */
export async function brandMarginal(paths: ReturnType<typeof projectPaths>, log: (s: string) => void): Promise<Row[]> {
  const brands = [...(await loadBrands(paths)).brands.values()];
  const langs = loadLanguages(paths);
  const docs = await loadDocuments(paths, { languages: langs.languages, brandIds: brands.map((b) => b.id) });
  const tasksOf = (name: string) => {
    const doc = docs.docs.find((d) => `${d.slug}.${d.language.code}` === name);
    if (!doc) throw new Error(`bench: no document ${name} in the sample`);
    const variant = doc.kind.variants(doc.model, {})[0]!;
    // The document's key, as the build's render stage gives it: it scopes the paragraphs laid
    // out for one brand to the document's other brands (text-layout-memo.ts). Without a cache
    // folder nothing is read from or written to the shaping store on disk.
    const shapingKey = renderScopeKey(doc);
    return brands.map((brand): RenderTask => ({ kind: doc.kind.name, model: doc.model, source: doc.translationOf?.model, brand, language: doc.language, ...(doc.translationOf ? { sourceLanguage: langs.languages.get(doc.translationOf.meta.lang) } : {}), variant, date: '2026-01-01T00:00:00Z', shapingKey, folders: { fonts: paths.fonts, icons: paths.icons } }));
  };
  // What earlier parts of the bench rendered in this thread (shaped text, laid-out paragraphs) is forgotten first.
  clearMemos();
  for (const task of tasksOf(WARM_UP)) await renderOutput(task);
  let first = 0;
  let extra = 0;
  for (const name of DOCUMENTS) {
    const [head, ...rest] = tasksOf(name);
    const t1 = await cpuMs(() => renderOutput(head!));
    const others: number[] = [];
    for (const task of rest) others.push(await cpuMs(() => renderOutput(task)));
    log(`bench: ${name}: first brand ${Math.round(t1)} ms, then ${others.map((t) => Math.round(t)).join(', ')} ms`);
    first += t1;
    extra += others.reduce((a, b) => a + b, 0) / others.length;
  }
  const marginal = extra / first;
  return [
    { id: 'brand_first_ms', name: `one document, its first brand (CPU, mean of ${DOCUMENTS.length})`, value: first / DOCUMENTS.length, unit: 'ms' },
    { id: 'brand_marginal', name: 'each further brand, as a fraction of the first', value: marginal, unit: '×', target: '≤ 0.25', ok: marginal <= 0.25 },
  ];
}
