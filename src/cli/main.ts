/**
 * The drukklaar command line: commands declared with typed arguments (citty); each
 * command returns an exit code, so tests can run it in-process with injected argv.
 */
import { defineCommand, parseArgs, runCommand, renderUsage, type ArgsDef, type CommandDef } from 'citty';
import { notOneOf, unknownOptions } from './check-options.js';
import { repeatableOptions, selectionArgs } from './selection-args.js';
import { joinRepeated } from './repeated-options.js';
import { diag } from '../diagnostics/errors.js';
import { formatShort } from '../diagnostics/format.js';
import type { BuildArgs } from './build-command.js';
import type { ScoreArgs } from './score-command.js';
import { serveCommand } from './serve-command.js';
import type { TranslateArgs } from './translate-command.js';
import type { ExportArgs } from './export-command.js';
import type { ImportArgs } from './import-command.js';
import type { InitArgs } from './init-command.js';
import type { ListArgs } from './list-command.js';
import type { CliIO } from './io.js';
import { findProjectRoot, isProjectFolder, takeRootOption } from './project-root.js';

const formatArg = { type: 'string', description: 'diagnostics format: long, short or json', default: 'long' } as const;

/** The commands; each loads its module only when it runs, so `--help` and `check` start fast. */
function commands(io: CliIO, setCode: (c: number) => void, rootGiven?: string) {
  // The read-only commands answer at once when nothing they read changed (remembered-answer.ts).
  const remembered = async (command: string, args: object, run: (io: CliIO) => Promise<number>) =>
    (await import('./remembered-answer.js')).rememberedAnswer(io, command, args, run);
  const buildCmd = defineCommand({
    meta: { name: 'build', description: 'Render every document × brand × language to output/' },
    args: async () => ({
      ...(await selectionArgs()),
      clean: { type: 'boolean', description: 'empty the output folder first' },
      force: { type: 'boolean', description: 'rebuild even unchanged outputs' },
      release: { type: 'boolean', description: 'refuse draft translations' },
      pdfx: { type: 'boolean', description: 'also write print-shop files (<name>--drukker.pdf: CMYK PDF/X-3, FOGRA39; needs Ghostscript)' },
      json: { type: 'boolean', description: 'print the build report as JSON' },
      catalogue: { type: 'boolean', description: 'write the catalogue (index.html and thumbnails); --no-catalogue skips it', default: true },
      workers: { type: 'string', description: 'render on N worker threads (1 to 64), or auto (default: cores − 1, keeping one for thumbnails)' },
      shard: { type: 'string', description: 'build part k of n (k/n), for CI job matrices' },
      costs: { type: 'string', description: 'with --shard: balance the parts by the render times in this manifest.json of an earlier build' },
      format: formatArg,
    } as const),
    async run({ args }) {
      setCode(await (await import('./build-command.js')).runBuild(args as BuildArgs, io));
    },
  });
  const checkCmd = defineCommand({
    meta: { name: 'check', description: 'Validate everything without rendering' },
    args: { format: formatArg, release: { type: 'boolean', description: 'also refuse draft translations' } },
    async run({ args }) {
      setCode(await remembered('check', args, async (o) => (await import('./check-command.js')).runCheck(args, o)));
    },
  });
  const translateCmd = defineCommand({
    meta: { name: 'translate', description: 'Write a skeleton translation of a Dutch document, or mark translations as made from the current Dutch text' },
    args: {
      doc: { type: 'positional', required: false, description: 'the Dutch document (slug or path); with --mark-current: translation files' },
      lang: { type: 'string', description: 'language of the new translation (e.g. fr, ar)' },
      force: { type: 'boolean', description: 'overwrite an existing translation with a new skeleton' },
      'mark-current': { type: 'boolean', description: 'record the current Dutch hashes in the given translation files' },
      format: formatArg,
    },
    async run({ args }) {
      setCode(await (await import('./translate-command.js')).runTranslate(args as TranslateArgs, io));
    },
  });
  const exportCmd = defineCommand({
    meta: { name: 'export', description: 'Write the translatable units of Dutch documents with their translations for a CAT tool (XLIFF 2.0 or PO)' },
    args: {
      lang: { type: 'string', description: 'language of the translation (e.g. fr, ar)' },
      format: { type: 'string', description: 'xliff (XLIFF 2.0) or po (gettext)', default: 'xliff' },
      doc: { type: 'string', description: 'only these Dutch documents (slug or path; comma-separated or repeated)' },
      out: { type: 'string', description: 'file to write (default: standard output)' },
    },
    async run({ args }) {
      setCode(await (await import('./export-command.js')).runExport(args as ExportArgs, io));
    },
  });
  const importCmd = defineCommand({
    meta: { name: 'import', description: 'Write the translations of an XLIFF or PO file back into the Markdown translations' },
    args: {
      file: { type: 'positional', required: false, description: 'the XLIFF (.xlf) or PO (.po) file' },
      force: { type: 'boolean', description: 'import units whose Dutch text changed since the export' },
      format: formatArg,
    },
    async run({ args }) {
      setCode(await (await import('./import-command.js')).runImport(args as ImportArgs, io));
    },
  });
  const initCmd = defineCommand({
    meta: { name: 'init', description: 'Start a project of your own: an example of each kind, a brand to make your own, drukklaar.yml' },
    args: {
      dir: { type: 'positional', required: false, description: 'the folder (default: this one); it must be empty' },
      force: { type: 'boolean', description: 'add the missing example files to a folder that is not empty (never overwrites)' },
    },
    async run({ args }) {
      // `init --root dir` is `init dir`.
      const initArgs = args as InitArgs;
      setCode(await (await import('./init-command.js')).runInit({ ...initArgs, dir: initArgs.dir ?? rootGiven }, io));
    },
  });
  const listCmd = defineCommand({
    meta: { name: 'list', description: 'What the project holds: documents (kind, title, languages), brands, languages' },
    args: {
      what: { type: 'positional', required: false, description: 'documents, brands or languages (default: all three)' },
      json: { type: 'boolean', description: 'print it as JSON' },
    },
    async run({ args }) {
      setCode(await remembered('list', args, async (o) => (await import('./list-command.js')).runList(args as ListArgs, o)));
    },
  });
  const statusCmd = defineCommand({
    meta: { name: 'status', description: 'Table of documents × languages: missing, draft, reviewed, stale, mismatched' },
    args: { json: { type: 'boolean', description: 'print the table as JSON' }, format: formatArg },
    async run({ args }) {
      setCode(await remembered('status', args, async (o) => (await import('./status-command.js')).runStatus(args, o)));
    },
  });
  const scoreCmd = defineCommand({
    meta: { name: 'score', description: 'Turn the answers to a questionnaire (CSV) into a result report PDF' },
    args: {
      doc: { type: 'positional', required: false, description: 'the questionnaire (path or slug)' },
      answers: { type: 'positional', required: false, description: 'CSV: one row per respondent, one column per item id (several files, e.g. one per language version, count together)' },
      brand: { type: 'string', description: 'brand of the report (default: the first brand)' },
      out: { type: 'string', description: 'report file (default: output/<brand>/<lang>/<slug>--resultaten.pdf)' },
      date: { type: 'string', description: 'date printed on the report (YYYY-MM-DD)' },
      format: formatArg,
    },
    async run({ args }) {
      setCode(await (await import('./score-command.js')).runScore(args as ScoreArgs, io));
    },
  });
  const watchCmd = defineCommand({
    meta: { name: 'watch', description: 'Build, then rebuild what changed on every save' },
    args: selectionArgs,
    async run({ args }) {
      setCode(await (await import('./watch-command.js')).runWatch(args, io));
    },
  });
  const mergeCmd = defineCommand({
    meta: { name: 'merge', description: 'Merge the output folders of shard builds (build --shard k/n --out dir) into one' },
    args: {
      dirs: { type: 'positional', required: false, description: 'the output folders of the shards (out-1 out-2 …)' },
      out: { type: 'string', description: 'folder to merge into (default: output/)' },
    },
    async run({ args }) {
      setCode(await (await import('./merge-command.js')).runMerge({ dirs: (args._ as string[]) ?? [], out: args.out as string | undefined }, io));
    },
  });
  return { build: buildCmd, check: checkCmd, init: initCmd, list: listCmd, translate: translateCmd, status: statusCmd, export: exportCmd, import: importCmd, score: scoreCmd, watch: watchCmd, merge: mergeCmd } as Record<string, CommandDef<any>>;
}

/** Commands that read a project's content and write beside it: refused outside a project. */
const projectCommands = new Set(['build', 'check', 'watch', 'serve', 'status', 'export']);

/** The option every command takes, under each usage text. */
const rootUsage = `\n\nEvery command also takes \`--root <dir>\`: the project folder (default: this folder when it holds drukklaar.yml or content/, else the nearest folder above with drukklaar.yml).\n`;

/**
 * Run the CLI.
 * @param argv arguments after the program name (`--root <dir>` anywhere among them)
 * @param given streams, working directory and environment (`root` is found when not given)
 * @returns the exit code
 */
export async function main(argv: string[], given: CliIO): Promise<number> {
  let code = 0;
  // `--root <dir>` belongs to every command: the project folder.
  const rootOption = takeRootOption(argv[0] === '--' ? argv.slice(1) : argv);
  if (rootOption.missingValue) {
    given.stderr.write(formatShort(diag('UsageInvalid', { reason: 'rootWithoutFolder' })) + '\n');
    return 2;
  }
  const io: CliIO = { ...given, root: rootOption.root === undefined && given.root ? given.root : findProjectRoot(given.cwd, rootOption.root) };
  const subCommands = commands(io, (c) => (code = c), rootOption.root);
  subCommands.serve = serveCommand(io, (c) => (code = c));
  const root = defineCommand({
    meta: { name: 'drukklaar', version: '0.1.0', description: 'Markdown to branded, print-ready PDFs about parent involvement' },
    subCommands,
  });
  const args = rootOption.rest;
  const name = args[0];
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write((await renderUsage(root)) + rootUsage);
    return name ? 0 : 2;
  }
  const sub = subCommands[name];
  if (!sub) {
    io.stderr.write(formatShort(diag('UsageInvalid', { reason: 'commandUnknown', command: name, commands: Object.keys(subCommands) })) + '\n');
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write((await renderUsage(sub, root as CommandDef<any>)) + rootUsage);
    return 0;
  }
  // A build or check of a folder that holds no project would write an empty output/ and say
  // all is well: a newcomer in the wrong folder, or a mistyped --root, is told instead.
  if (projectCommands.has(name) && !given.root && !isProjectFolder(io.root!)) {
    io.stderr.write(formatShort(diag('ProjectNotFound', { dir: io.root!, given: rootOption.root !== undefined })) + '\n');
    return 1;
  }
  // Options of build, watch and serve are declared lazily (their help lists the kinds).
  const declared = ((typeof sub.args === 'function' ? await sub.args() : await sub.args) ?? {}) as ArgsDef;
  const unknown = unknownOptions(name, declared, args.slice(1));
  const format = /--format[= ]?(\S+)?/.exec(args.slice(1).join(' '))?.[1];
  // `--format` is the diagnostics format, except where a command declares its own (export: xliff or po).
  const badFormat = format && declared.format === formatArg ? notOneOf('format', format, ['long', 'short', 'json']) : undefined;
  if (unknown.length || badFormat) {
    for (const d of [...unknown, ...(badFormat ? [badFormat] : [])]) io.stderr.write(formatShort(d) + '\n');
    return 2;
  }
  // `--doc a --doc b` keeps both; any other option given twice is refused.
  const joined = joinRepeated(declared, args.slice(1), repeatableOptions);
  // A word without `--` is a document for the commands that build, and refused elsewhere, never ignored.
  const takesPositionals = Object.values(declared).some((a) => (a as { type?: string }).type === 'positional');
  const positionals = takesPositionals ? [] : (parseArgs(joined.rawArgs, declared)._ as string[]);
  const usage = [...joined.diagnostics, ...positionals.map((p) => diag('UsageInvalid', { reason: 'positional', command: name, positional: p }))];
  if (usage.length) {
    for (const d of usage) io.stderr.write(formatShort(d) + '\n');
    return 2;
  }
  try {
    await runCommand(sub, { rawArgs: joined.rawArgs });
  } catch (e) {
    // citty's own argument errors are usage errors; anything else is a failure of ours.
    if ((e as Error).name === 'CLIError') {
      io.stderr.write(formatShort(diag('UsageInvalid', { reason: 'parser', cause: (e as Error).message })) + '\n');
      return 2;
    }
    io.stderr.write(formatShort(diag('InternalFailure', { command: name, cause: (e as Error).message.split('\n')[0]! })) + '\n');
    // For a bug report: DRUKKLAAR_DEBUG=1 shows where it failed.
    if (io.env.DRUKKLAAR_DEBUG) io.stderr.write(`${(e as Error).stack ?? e}\n`);
    return 70;
  }
  return code;
}
