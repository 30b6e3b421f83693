/**
 * Which of drukklaar's own files an output depends on, from the module graph the bundler
 * recorded (scripts/compile.mjs writes dist/module-graph.json): every module that making
 * an output of a kind can execute, so that a change to any of them rebuilds that kind's
 * outputs, and a change to another kind's code does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The module graph of dist/module-graph.json: repository modules and what each imports. */
export interface ModuleGraph {
  modules: Record<string, string[]>;
}

/** Where the graph is, under drukklaar's folder. */
export const MODULE_GRAPH = 'dist/module-graph.json';

/**
 * The modules whose code makes an output's file: the brand and the language as loaded,
 * the model (document steps), the link (translations, images), the render (in this thread
 * or a worker), and the write (print files, manifest entry).
 */
const OUTPUT_ROOTS = [
  'src/brands/load-brands.ts',
  'src/languages/load-languages.ts',
  'src/pipeline/document-steps.ts',
  'src/pipeline/load-documents.ts',
  'src/pipeline/render-output.ts',
  'src/pipeline/render-worker.ts',
  'src/pipeline/stages/write-output.ts',
];

/** The registry names every kind; from it, only the edge into the kind at hand is followed. */
const KIND_REGISTRY = 'src/kinds/registry.ts';

/** Files outside the module graph that change what the code does: dependencies and their patches. */
export const DEPENDENCY_FILES = ['package-lock.json', 'patches'];

/**
 * Read the module graph of a drukklaar folder.
 * @param root drukklaar's folder (holds dist/)
 * @returns the graph, or undefined when dist/ has none (not compiled)
 */
export function readModuleGraph(root: string): ModuleGraph | undefined {
  const file = resolve(root, MODULE_GRAPH);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ModuleGraph;
  } catch {
    return undefined;
  }
}

/**
 * The repository files that making an output of this kind can execute, sorted; without a
 * graph, every file of src/ and layouts/ (a safe over-estimate).
 * @param graph the module graph (readModuleGraph)
 * @param kind the kind's name: its folder is src/kinds/<kind>/
 */
export function outputModules(graph: ModuleGraph | undefined, kind: string): string[] {
  if (!graph) return ['src', 'layouts'];
  const ownFolder = `src/kinds/${kind}/`;
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const next of graph.modules[module] ?? []) {
      if (module === KIND_REGISTRY && !next.startsWith(ownFolder)) continue;
      visit(next);
    }
  };
  for (const root of OUTPUT_ROOTS) visit(root);
  return [...seen].filter((m) => m in graph.modules).sort();
}
