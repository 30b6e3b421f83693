/**
 * The one registry of user-facing errors and warnings.
 *
 * Each entry has a permanent name (the key), a title, a message built from parameters
 * and a hint. Writing rules: say what happened, why, and what to do; no "Error:" prefix;
 * no raw JSON; no jokes.
 *
 * Each entry declares the type of its parameters, so `diag(code, params)` is type-checked.
 * A code with several causes takes a `reason` from a table below, whose message and hint
 * live here as well: callers pass values (names, counts, a library's error text as
 * `cause`), never sentences.
 */
import type { Diagnostic, Severity, Span } from './diagnostic.js';

/** A number or text printed as it is (counts, sizes, ratios, line numbers). */
type Value = string | number;

/** One registry entry; `P` is the type of the parameters its message and hint read. */
interface ErrorEntry<P> {
  title: string;
  severity: Severity;
  message: (p: P) => string;
  hint?: (p: P) => Value | undefined;
}

/**
 * Declare a registry entry with its parameter type, e.g. `entry<{ brand: string }>({...})`.
 * An entry whose message reads no parameters takes none (`P` defaults to no fields).
 */
const entry = <P extends object = Record<never, never>>(e: ErrorEntry<P>): ErrorEntry<P> => e;

/** One reason of a code that has several: its own message text and, optionally, hint. */
interface Reason<P> {
  message: (p: P) => string;
  hint?: (p: P) => string | undefined;
}

/** Declare one reason with its parameter type, e.g. `reason<{ id: string }>({...})`. */
const reason = <P extends object = Record<never, never>>(r: Reason<P>): Reason<P> => r;

type ReasonTable = Record<string, Reason<never>>;

/** The parameters of a code with reasons: `{ reason: 'name', ...that reason's parameters }`. */
type ReasonOf<T extends ReasonTable> = {
  [K in keyof T & string]: { reason: K } & (T[K] extends Reason<infer P> ? P : never);
}[keyof T & string];

/** The message text of the reason named in `p`. */
function explain<T extends ReasonTable>(table: T, p: ReasonOf<T>): string {
  return (table[p.reason] as unknown as Reason<ReasonOf<T>>).message(p);
}

/** The hint of the reason named in `p`, when it has one. */
function hintOf<T extends ReasonTable>(table: T, p: ReasonOf<T>): string | undefined {
  return (table[p.reason] as unknown as Reason<ReasonOf<T>>).hint?.(p);
}

/** Values as a list of code spans: `` `a`, `b` ``. */
const backticked = (values: readonly string[]): string => values.map((v) => `\`${v}\``).join(', ');

/** Why the front matter is not valid YAML. */
const yamlReasons = {
  notClosed: reason({ message: () => 'the front matter is not closed', hint: () => 'end the front matter with a line `---`' }),
  duplicateKey: reason({ message: () => 'a field appears twice', hint: () => 'keep one of the two lines with this field' }),
  tabIndent: reason({ message: () => 'a tab is used for indentation', hint: () => 'indent with spaces, never tabs' }),
  colonInValue: reason({
    message: () => 'a value contains `: `, which YAML reads as a new field',
    hint: () => 'put text that contains a colon (:) in double quotes, e.g. title: "Lezen: zo doe je dat"',
  }),
  unclosed: reason<{ cause: string }>({ message: (p) => p.cause, hint: () => 'close every quote, [ and { that you open' }),
  aliases: reason<{ cause: string }>({ message: (p) => p.cause, hint: () => 'avoid YAML aliases (*name)' }),
  tooDeep: reason({ message: () => 'lists or fields are nested too deeply to read', hint: () => 'write the value as plain text, or a list without lists inside lists' }),
  mergeKey: reason({
    message: () => 'a merge key (`<<`) is not read in YAML 1.2: the fields it would bring in are missing',
    hint: () => 'write the fields themselves instead of `<<: *name`',
  }),
  parser: reason<{ cause: string }>({ message: (p) => p.cause }),
};

/** Why a front matter value is not accepted; the message follows the field's name. */
const fieldValueReasons = {
  noCategories: reason({
    message: () => 'needs at least one category',
    hint: () => 'add e.g. `categories: { kennismaken: { label: Kennismaken, icon: praten } }`',
  }),
  cardTooLarge: reason<{ width: Value; height: Value; bleed: Value; sheet: string }>({
    message: (p) => `${p.width}×${p.height} mm with ${p.bleed} mm bleed does not fit on an ${p.sheet.toUpperCase()} sheet with room for crop marks`,
    hint: () => 'choose a smaller card or a larger sheet (`sheet: a3` or `sheet: sra3`)',
  }),
  notPictogramName: reason<{ icon: string }>({
    message: (p) => `\`${p.icon}\` is not a pictogram name`,
    hint: () => 'use the name of a file in assets/icons without `.svg`, e.g. `icon=boek`',
  }),
  notOneOf: reason<{ allowed: readonly string[]; expected: string; found: string; suggestion?: string }>({
    message: (p) => `should be one of ${backticked(p.allowed)}, found ${p.found}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : undefined),
  }),
  scaleValue: reason<{ min: Value; max: Value; found: string }>({
    message: (p) => `should be a whole number from ${p.min} to ${p.max}, found ${p.found}`,
    hint: () => 'give the points the values 1, 2, 3 … (or 0, 1, 2 …) in their order: a parent adds the values up on the result page',
  }),
  invalid: reason<{ cause: string; found: string }>({ message: (p) => `is not valid: ${p.cause}` }),
};

/** Why the Markdown of a document does not have the structure its kind needs. */
const structureReasons = {
  noDimension: reason({
    message: () => 'a checklist needs at least one dimension (a `## ` heading)',
    hint: () => 'add `## Gedragsdimensie` with `### Ouderbril` and `### Schoolbril` lists under it',
  }),
  unknownPerspective: reason<{ perspective: string }>({
    message: (p) => `unknown perspective \`${p.perspective}\`: expected \`Ouderbril\` or \`Schoolbril\``,
    hint: () => 'name the `###` headings under a dimension `Ouderbril` and `Schoolbril`',
  }),
  noQuestions: reason<{ dimension: string; perspective: string }>({
    message: (p) => `dimension \`${p.dimension}\` has no ${p.perspective} questions`,
    hint: (p) => `add \`### ${p.perspective[0]?.toUpperCase()}${p.perspective.slice(1)}\` with a list of questions (\`- ...\`)`,
  }),
  textUnderPerspective: reason<{ perspective: string }>({
    message: (p) => `only questions (\`- ...\`) print under \`${p.perspective}\`; this text is not printed`,
    hint: () => 'make it a question (`- ...`), or move it to the dimension\'s explanation, above the `###` headings',
  }),
  noCards: reason({
    message: () => 'a deck needs at least one card (a `## ` heading)',
    hint: () => 'add `## Card title {category=...}`, the question, a line `---` and the guidance',
  }),
  breakBecameHeading: reason({
    message: () => 'the text above this `---` line became a heading, so it was read as a new card',
    hint: () => 'put a blank line before `---` to separate the front of a card from its back',
  }),
  cardWithoutCategory: reason<{ card: string; known: readonly string[] }>({
    message: (p) => `card \`${p.card}\` has no category`,
    hint: (p) => `end the heading with \`{category=${p.known[0] ?? 'id'}}\`; categories: ${p.known.join(', ')}`,
  }),
  cardCategoryUnknown: reason<{ card: string; category: string; known: readonly string[] }>({
    message: (p) => `card \`${p.card}\` has an unknown category \`${p.category}\``,
    hint: (p) => `use one of the categories in the front matter: ${p.known.join(', ')}`,
  }),
  cardBreaks: reason<{ card: string; breaks: number }>({
    message: (p) => `card \`${p.card}\` has ${p.breaks} \`---\` lines; a card has one front and one back`,
    hint: () => 'keep one `---` line between the front and the back',
  }),
  cardWithoutQuestion: reason<{ card: string }>({
    message: (p) => `card \`${p.card}\` has no question or prompt on its front`,
    hint: () => 'write the question under the heading, before the `---` line',
  }),
  itemTips: reason({
    message: () => 'an item has at most one tip (one nested line); the other nested lines are not printed',
    hint: () => 'join the tips into one nested line `  - Tip: ...`, or make the second one an item of its own',
  }),
  noSections: reason({
    message: () => 'a quickscan needs at least one section (a `## ` heading) with items',
    hint: () => 'add `## Onthaal {#onthaal}` followed by a list of statements (`- ...`)',
  }),
  itemsBeforeSection: reason({
    message: () => 'items before the first section belong to no section',
    hint: () => 'put a `## ` heading above the list',
  }),
  itemIdInvalid: reason<{ id: string }>({
    message: (p) => `the id \`${p.id}\` is not valid`,
    hint: () => 'ids are lowercase letters, digits and `-`, e.g. `{#onthaal-1}`',
  }),
  textBetweenItems: reason({
    message: () => 'text between the items of a section is not printed in a quickscan',
    hint: () => 'put the section introduction right under the `## ` heading, before the list',
  }),
  itemEmpty: reason({
    message: () => 'an item has no text',
    hint: () => 'write the statement after `- `, or remove the empty line',
  }),
  sectionEmpty: reason<{ section: string }>({
    message: (p) => `section \`${p.section}\` has no items`,
    hint: () => 'add a list of statements under the heading (`- ...`)',
  }),
  noTips: reason({
    message: () => 'a tip sheet needs at least one tip (a `## ` heading)',
    hint: () => 'add `## Lees elke dag samen {#lezen icon=boek}` with one or two sentences under it',
  }),
  tipIdInvalid: reason<{ id?: string }>({
    message: (p) => `the tip has no valid id${p.id ? ` (\`${p.id}\`)` : ''}`,
    hint: () => 'end the heading with `{#an-id}`: lowercase letters, digits and dashes',
  }),
  headingEmpty: reason<{ part: string }>({
    message: (p) => `this ${p.part} has no title: its \`##\` heading has no words, so it prints without one`,
    hint: () => 'write the title after `## `, before any `{…}`',
  }),
  tipWithoutText: reason<{ id: string }>({
    message: (p) => `tip \`${p.id}\` needs a heading and one or two sentences under it`,
    hint: () => 'write the tip text under its `##` heading',
  }),
};

/** Why a footnote does not print (a note with its marker prints in parentheses after it). */
const footnoteReasons = {
  unused: reason<{ marker: string }>({
    message: (p) => `the note ${p.marker} is not printed: no \`${p.marker}\` in the text refers to it`,
    hint: (p) => `put \`${p.marker}\` after the words the note belongs to (it prints there in parentheses), or delete the note`,
  }),
  noNote: reason<{ marker: string }>({
    message: (p) => `\`${p.marker}\` prints as written: this file has no note \`${p.marker}: …\` for it`,
    hint: (p) => `add the note on a line of its own (\`${p.marker}: Bron: …\`), or list the source under \`sources:\` in the front matter`,
  }),
  inNote: reason<{ marker: string }>({
    message: (p) => `the marker \`${p.marker}\` inside a note is not printed: a note prints in parentheses and cannot have a note of its own`,
    hint: () => 'write what that note says in the note itself',
  }),
};

/** Where a nested list is not printed, and what to do instead. */
const nestedListReasons = {
  underEmptyQuestion: reason({
    message: () => 'a nested list under an empty question has nothing to belong to',
    hint: () => 'write the question after `- `, then its sub-points indented under it',
  }),
  underTip: reason({
    message: () => 'a quickscan item has one nested line, its tip; a list under the tip is not printed',
    hint: () => 'join these lines into the tip, or make them items of their own (`- ...` at the start of the line)',
  }),
  inTipSheet: reason({
    message: () => 'a tip sheet prints no nested lists: the lines of a list print as paragraphs',
    hint: () => 'move the line up a level (no spaces before the `-`), or write it as a sentence of the line above',
  }),
};

/** What to do about a missing file the project itself should have; others get the default hint. */
const assetMissingHints = {
  icon: 'name an icon from assets/icons without `.svg`, e.g. `praten`',
  pictogram: 'use the name of a file in assets/icons without `.svg`',
  brandKit: 'each folder under content/brands/ needs a brand.yml',
  shardOutput: 'did every shard finish? build the missing shard again',
  shardCosts: 'give the manifest.json of an earlier build (e.g. the merged output/manifest.json), or leave out --costs to split by estimated times',
  outputProfile: 'reinstall drukklaar: the profile ships with it',
};

/** How to name what was looked for, by what the name was meant to select. */
const nothingSelectedHints = {
  document: (p: { guess?: string; exampleSlug: string; exampleFile: string }) =>
    p.guess ? `did you mean \`${p.guess}\`?` : `name a document by its slug (e.g. ${p.exampleSlug}), its file (${p.exampleFile}) or part of its path`,
  scored: (p: { guess?: string; nouns: string; fileHints: readonly string[] }) =>
    p.guess ? `did you mean \`${p.guess}\`?` : `name the ${p.nouns} by its file (${p.fileHints.join(' or ')}) or its slug`,
  scoredFile: () => undefined,
  translation: (p: { example: string }) => `give the path of a translation, e.g. ${p.example}`,
  dutchSource: (p: { nouns: string; slugs: readonly string[] }) => `name a Dutch ${p.nouns} by its slug: ${p.slugs.join(', ') || 'none found'}`,
  exportable: (p: { slugs: readonly string[] }) => `name a Dutch document by its slug: ${p.slugs.join(', ') || 'none found'}`,
  nothingExportable: () => 'no Dutch document of a kind with translatable units',
};

/** The parameters of a code whose reasons differ only in their hint: `{ reason: 'name', ...}`. */
type HintReasonOf<T extends Record<string, (p: never) => string | undefined>> = {
  [K in keyof T & string]: { reason: K } & (T[K] extends (p: infer P) => string | undefined ? P : never);
}[keyof T & string];

/** Why an image is refused before it is decoded. */
const imageUnsafeReasons = {
  tooLarge: reason<{ megabytes: string; limit: Value }>({ message: (p) => `it is ${p.megabytes} MB (the limit is ${p.limit} MB)` }),
  tooManyPixels: reason<{ millions: Value }>({ message: (p) => `it has more than ${p.millions} million pixels` }),
  /** `cause` is one of the fixed texts of `checkSvgSafe`. */
  svgUnsafe: reason<{ cause: string }>({ message: (p) => p.cause }),
};

/** How a translation differs from its Dutch source. */
const translationMismatchReasons = {
  tipMissing: reason<{ id: string; after?: string }>({
    message: (p) => `tip \`${p.id}\` of the Dutch source is missing${p.after ? ` (it comes after \`${p.after}\`)` : ' (it is the first tip)'}`,
  }),
  tipExtra: reason<{ id: string }>({ message: (p) => `tip \`${p.id}\` is not in the Dutch source` }),
  tipMoved: reason<{ id: string; position: Value; sourcePosition: Value }>({
    message: (p) => `tip \`${p.id}\` is tip ${p.position} here but tip ${p.sourcePosition} in the Dutch source`,
  }),
  /** The same for any kind: `item` says what a unit of it is called (e.g. "statement"). */
  itemMissing: reason<{ item: string; id: string; after?: string }>({
    message: (p) => `${p.item} \`${p.id}\` of the Dutch source is missing${p.after ? ` (it comes after \`${p.after}\`)` : ` (it is the first one)`}`,
  }),
  itemExtra: reason<{ item: string; id: string }>({ message: (p) => `${p.item} \`${p.id}\` is not in the Dutch source` }),
  itemMoved: reason<{ item: string; id: string; position: Value; sourcePosition: Value }>({
    message: (p) => `${p.item} \`${p.id}\` is number ${p.position} here but number ${p.sourcePosition} in the Dutch source`,
  }),
  /** A fact that must be the Dutch source's (an answer scale's values, the audience) differs. */
  factDiffers: reason<{ field: string; found: string; expected: string }>({
    message: (p) => `\`${p.field}\` is ${p.found} here but ${p.expected} in the Dutch source (a translation changes only the words)`,
  }),
};

/** What is wrong with the command line. */
/** Why the folders given to `merge` are not the parts of one split. */
const shardReasons = {
  differentSplits: reason<{ splits: readonly string[] }>({
    message: (p) => `the folders are parts of different splits (${p.splits.join('; ')}), so some outputs would be missing and others twice`,
    hint: () => 'build every part with the same --shard k/n and the same --costs file, then merge again',
  }),
  partsMissing: reason<{ n: Value; missing: readonly Value[] }>({
    message: (p) => `part${p.missing.length > 1 ? 's' : ''} ${p.missing.join(', ')} of ${p.n} ${p.missing.length > 1 ? 'are' : 'is'} not among the folders: the merged output would lack ${p.missing.length > 1 ? 'their' : 'its'} documents`,
    hint: (p) => `build ${p.missing.map((k) => `--shard ${k}/${p.n}`).join(' and ')} and name ${p.missing.length > 1 ? 'their folders' : 'its folder'} too`,
  }),
  partTwice: reason<{ part: string; dirs: readonly string[] }>({
    message: (p) => `part ${p.part} is given twice (${p.dirs.join(', ')})`,
    hint: () => 'name each part\'s folder once',
  }),
};

const usageReasons = {
  /** An argument error reported by the command-line parser (citty) or the shard parser. */
  parser: reason<{ cause: string }>({ message: (p) => p.cause }),
  commandUnknown: reason<{ command: string; commands: readonly string[] }>({
    message: (p) => `unknown command \`${p.command}\`; commands: ${p.commands.join(', ')}`,
  }),
  positional: reason<{ command: string; positional: string }>({
    message: (p) => `\`${p.command}\` takes no arguments without \`--\`, found \`${p.positional}\``,
    hint: (p) => `run \`drukklaar ${p.command} --help\` to see its options`,
  }),
  optionUnknown: reason<{ command: string; option: string; guess?: string; options: readonly string[] }>({
    message: (p) => `\`${p.command}\` has no option \`--${p.option}\``,
    hint: (p) => (p.guess ? `did you mean \`--${p.guess}\`?` : `its options: ${p.options.map((n) => `--${n}`).join(', ')}`),
  }),
  optionValueUnknown: reason<{ option: string; value: string; allowed: readonly string[]; guess?: string }>({
    message: (p) => `\`--${p.option}\` does not know \`${p.value}\`; it takes ${backticked(p.allowed)}`,
    hint: (p) => (p.guess ? `did you mean \`${p.guess}\`?` : undefined),
  }),
  optionRepeated: reason<{ option: string; values: readonly string[] }>({
    message: (p) => `\`--${p.option}\` is given ${p.values.length} times (${backticked(p.values)}); it takes one value`,
    hint: (p) => `keep one \`--${p.option}\``,
  }),
  workers: reason<{ max: Value; value: string }>({
    message: (p) => `--workers takes a whole number of render threads from 1 to ${p.max}, or auto; found "${p.value}"`,
    hint: () => 'leave it out (auto: one thread fewer than the cores) or give a count, e.g. --workers 2',
  }),
  port: reason<{ port: string }>({ message: (p) => `--port takes a number from 1 to 65535, found "${p.port}"` }),
  listWhat: reason<{ what: readonly string[]; unknown: readonly string[] }>({
    message: (p) => `\`list\` shows ${p.what.join(', ')}; found \`${p.unknown.join(', ')}\``,
    hint: () => 'for example: drukklaar list documents',
  }),
  initNotEmpty: reason<{ target: string; present: readonly string[] }>({
    message: (p) => `${p.target} is not empty (${p.present.slice(0, 3).join(', ')}${p.present.length > 3 ? ', …' : ''})`,
    hint: () => 'give a new folder (drukklaar init mijn-materialen), or add --force to add the example files that are missing; no file is ever overwritten',
  }),
  exportFormat: reason<{ found: string }>({ message: (p) => `--format must be xliff or po, found \`${p.found}\`` }),
  exportWithoutLanguage: reason({
    message: () => '`export` needs the language of the translation',
    hint: () => 'e.g. `export --lang fr --format po --out fr.po`',
  }),
  importWithoutFile: reason({
    message: () => '`import` needs the XLIFF or PO file to import',
    hint: () => 'e.g. `import fr.po` or `import vertaling.xlf`',
  }),
  rootWithoutFolder: reason({
    message: () => '`--root` needs a folder',
    hint: () => 'e.g. `drukklaar build --root ../mijn-materialen`',
  }),
  costsWithoutShard: reason({
    message: () => '--costs balances the parts of a split: it needs --shard k/n',
    hint: () => 'e.g. drukklaar build --shard 1/3 --costs output/manifest.json --out out-1',
  }),
  mergeWithoutFolders: reason({
    message: () => 'name the output folders of the shards to merge',
    hint: () => 'e.g. drukklaar merge out-1 out-2 --out output',
  }),
  scoreArguments: reason<{ nouns: string; usages: readonly string[] }>({
    message: (p) => `score needs a ${p.nouns} and an answers file`,
    hint: (p) => p.usages.map((u) => `drukklaar score ${u}`).join('; '),
  }),
  scoreKind: reason<{ document: string; kind: string; nouns: string; scored: readonly { noun: string; name: string }[] }>({
    message: (p) => `\`${p.document}\` is a ${p.kind}, not a ${p.nouns}`,
    hint: (p) => `score reads answers to a ${p.scored.map((k) => `${k.noun} (\`kind: ${k.name}\`)`).join(' or ')}`,
  }),
  translateArguments: reason({
    message: () => '`translate` needs a document and a language',
    hint: () => 'e.g. `translate samen-lezen --lang fr`, or `translate --mark-current <file>`',
  }),
  markCurrentWithoutFiles: reason<{ example: string }>({
    message: () => '`translate --mark-current` needs the translation file(s) to mark',
    hint: (p) => `e.g. \`translate --mark-current ${p.example}\``,
  }),
  notATranslation: reason<{ path: string; nouns: string }>({
    message: (p) => `${p.path} is not a translation of a ${p.nouns} with a Dutch source`,
    hint: () => 'mark only translations (<slug>.<lang>.md beside <slug>.nl.md)',
  }),
};

/** Why an answers file cannot be read as a table of answers. */
const csvReasons = {
  /** `cause` is the CSV parser's message without its error-class prefix. */
  unparsable: reason<{ cause: string }>({
    message: (p) => `the file cannot be read as CSV: ${p.cause}`,
    hint: () => 'check the quotes on that line: a value with a separator in it goes between double quotes',
  }),
  headerEmpty: reason<{ row: Value; column: string }>({
    message: (p) => `row ${p.row}, column ${p.column}: the header has no item id`,
    hint: () => 'write an item id in every column of the first line, or delete the empty column',
  }),
  headerDuplicate: reason<{ row: Value; column: string; id: string; other: string }>({
    message: (p) => `row ${p.row}, column ${p.column}: \`${p.id}\` is also column ${p.other}`,
    hint: () => 'each item may have one column: remove or rename the duplicate',
  }),
  rowLength: reason<{ row: Value; values: number; columns: Value }>({
    message: (p) => `row ${p.row} has ${p.values} value${p.values === 1 ? '' : 's'} but the header has ${p.columns} columns`,
    hint: () => 'every row needs one value per column (leave a cell empty for no answer); a value with a separator in it goes between double quotes',
  }),
};

/** Why an answers file is not UTF-8 text. */
const csvEncodingReasons = {
  utf16: reason({ message: () => 'it is UTF-16, as Excel writes "Unicode text"' }),
  nulBytes: reason({ message: () => 'it contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' }),
  badByte: reason<{ byte: string; line: Value; column: Value }>({
    message: (p) => `byte 0x${p.byte} at row ${p.line}, column ${p.column} is not UTF-8; probably Windows-1252 or Latin-1`,
  }),
};

/** Why the columns of an answers file cannot be told apart. */
const csvDelimiterReasons = {
  headerWithoutSeparator: reason<{ row: Value; separator?: string }>({
    message: (p) => `row ${p.row}: the header line has no commas or semicolons${p.separator ? ` (its columns seem separated by ${p.separator})` : ''}, so its columns cannot be told apart`,
  }),
  rowSeparator: reason<{ row: Value; rowSeparator: string; headerSeparator: string }>({
    message: (p) => `row ${p.row}: this row is separated by \`${p.rowSeparator}\` but the header line by \`${p.headerSeparator}\``,
  }),
};

export const errors = {
  SourceUnreadable: entry<{ cause: string }>({
    title: 'File cannot be read',
    severity: 'error',
    message: (p) => (p.cause === 'ENOENT' ? 'the file does not exist' : p.cause === 'EACCES' ? 'the file may not be read (permissions)' : `cannot read the file (${p.cause})`),
  }),
  SourceEmpty: entry({
    title: 'Empty file',
    severity: 'error',
    message: () => 'the file is empty',
    hint: () => 'start the file with front matter between two `---` lines, with at least `kind`, `title` and `lang`',
  }),
  SourceBinary: entry({
    title: 'Binary file',
    severity: 'error',
    message: () => 'the file is not text (it contains NUL bytes)',
    hint: () => 'only Markdown text files belong under content/; move images to content/ or assets/ and refer to them',
  }),
  SourceControlCharacter: entry<{ code: string; meant?: string }>({
    title: 'Control character in the text',
    severity: 'error',
    message: (p) => `the text holds the control character ${p.code}, which prints as nothing or as another sign${p.meant ? ` (saved from Windows-1252, where it was “${p.meant}”)` : ''}`,
    hint: (p) => (p.meant ? `type “${p.meant}” in its place` : 'delete it (it came with text pasted from another program, or from an escape such as \\x7f or &#127;)'),
  }),
  SourceUtf16: entry({
    title: 'Saved as UTF-16',
    severity: 'error',
    message: () => 'the file is saved as UTF-16 ("Unicode" in Notepad), not UTF-8',
    hint: () => 'save it as UTF-8 in your editor (Notepad: "Save as", Encoding "UTF-8")',
  }),
  SourceInvalidUtf8: entry<{ line: Value; column: Value }>({
    title: 'Not UTF-8',
    severity: 'error',
    message: (p) => `the file is not valid UTF-8 (first bad byte at line ${p.line}, column ${p.column})`,
    hint: () => 'save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)',
  }),
  SourceBom: entry({
    title: 'Byte-order mark',
    severity: 'warning',
    message: () => 'the file starts with a byte-order mark; it was ignored',
    hint: () => 'save the file as "UTF-8 without BOM" to silence this warning',
  }),
  FrontMatterMissing: entry({
    title: 'No front matter',
    severity: 'error',
    message: () => 'expected front matter between two `---` lines at the top of the file, found none',
    hint: () => 'start the file with:\n---\nkind: checklist\ntitle: ...\nlang: nl\n---',
  }),
  FrontMatterCode: entry<{ language: string }>({
    title: 'Front matter as code',
    severity: 'error',
    message: (p) => `front matter in \`${p.language}\` is refused: front matter is data and is never run as code`,
    hint: () => 'write the front matter as YAML: replace the first line with a plain `---`',
  }),
  YamlSyntax: entry<ReasonOf<typeof yamlReasons>>({
    title: 'Invalid YAML',
    severity: 'error',
    message: (p) => `the front matter is not valid YAML: ${explain(yamlReasons, p)}`,
    hint: (p) => hintOf(yamlReasons, p) ?? 'check indentation (spaces, not tabs) and put text with a colon in double quotes',
  }),
  YamlTag: entry<{ tag: string }>({
    title: 'YAML tag',
    severity: 'error',
    message: (p) => `the YAML tag \`${p.tag}\` is refused: only plain text, numbers, yes/no, lists and fields are data`,
    hint: () => 'remove the tag and write the value as plain text (in double quotes if it holds a colon); tags such as !!js/function or !!binary are never run or decoded',
  }),
  FrontMatterNotMapping: entry<{ found: string }>({
    title: 'Front matter is not a set of fields',
    severity: 'error',
    message: (p) => `expected front matter made of \`field: value\` lines, found ${p.found}`,
    hint: () => 'write one `field: value` per line, e.g. `title: Samen lezen`',
  }),
  FieldMissing: entry<{ field: string; leaf: string; expected?: string }>({
    title: 'Missing field',
    severity: 'error',
    message: (p) => `missing field \`${p.field}\`${p.expected ? `: expected ${p.expected}` : ''}`,
    hint: (p) => `add \`${p.leaf}: ...\` to the front matter`,
  }),
  FieldInvalidType: entry<{ field: string; expected: string; found: string; hint?: string }>({
    title: 'Wrong type',
    severity: 'error',
    message: (p) => `\`${p.field}\` should be ${p.expected}, found ${p.found}`,
    hint: (p) => p.hint,
  }),
  FieldInvalidValue: entry<{ field: string } & ReasonOf<typeof fieldValueReasons>>({
    title: 'Invalid value',
    severity: 'error',
    message: (p) => `\`${p.field}\` ${explain(fieldValueReasons, p)}`,
    hint: (p) => hintOf(fieldValueReasons, p),
  }),
  FieldUnknown: entry<{ field: string; suggestion?: string; known: string }>({
    title: 'Unknown field',
    severity: 'error',
    message: (p) => `unknown field \`${p.field}\``,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `known fields here: ${p.known}`),
  }),
  AttributeUnknown: entry<{ key: string; suggestion?: string; known: string }>({
    title: 'Unknown attribute',
    severity: 'error',
    message: (p) => `unknown attribute \`${p.key}\` in \`{...}\` at the end of this line; it is not printed and has no effect`,
    hint: (p) =>
      p.suggestion
        ? `did you mean \`${p.suggestion}\`?`
        : `attributes are ${p.known}; text in braces at the end of a line is read as attributes: write it elsewhere in the line`,
  }),
  AttributesNotClosed: entry({
    title: 'Attributes not closed',
    severity: 'error',
    message: () => 'the `{` of the attributes at the end of this line is never closed, so they would print as text',
    hint: () => 'end them with `}`, e.g. `## Lees samen {#lezen icon=boek}`',
  }),
  KindUnknown: entry<{ found: string; expected: string; suggestion?: string }>({
    title: 'Unknown kind',
    severity: 'error',
    message: (p) => `unknown kind \`${p.found}\`: expected one of ${p.expected}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : undefined),
  }),
  FileNameInvalid: entry<{ name: string; suggestion?: string }>({
    title: 'File name without language',
    severity: 'error',
    message: (p) => `the file name \`${p.name}\` does not follow \`<slug>.<lang>.md\``,
    hint: (p) =>
      p.suggestion
        ? `rename it to \`${p.suggestion}\``
        : 'rename it, for example to `samen-lezen.nl.md` (lowercase letters, digits and dashes, then the language code)',
  }),
  LangMismatch: entry<{ found: string; expected: string }>({
    title: 'Language does not match file name',
    severity: 'error',
    message: (p) => `\`lang\` is \`${p.found}\` but the file name says \`${p.expected}\``,
    hint: () => 'make the file name and the `lang` field agree',
  }),
  LanguageUnknown: entry<{ lang: string; known?: string }>({
    title: 'Unknown language',
    severity: 'error',
    message: (p) => `language \`${p.lang}\` has no file content/languages/${p.lang}.yml`,
    hint: (p) => `add content/languages/${p.lang}.yml: copy drukklaar's en.yml (in a project of your own: node_modules/drukklaar/content/languages/en.yml) and translate its strings${p.known ? `; known: ${p.known}` : ''}`,
  }),
  LanguageInvalid: entry<{ lang: string }>({
    title: 'Language file has errors',
    severity: 'error',
    message: (p) => `language \`${p.lang}\` cannot be used: content/languages/${p.lang}.yml has errors, each reported at its line`,
    hint: (p) => `fix content/languages/${p.lang}.yml; every document in this language waits for it`,
  }),
  LanguageStringUnknown: entry<{ key: string; suggestion?: string }>({
    title: 'Unknown fixed word',
    severity: 'error',
    message: (p) => `\`strings.${p.key}\` is not a fixed word of the layouts: content/languages/nl.yml has no such key, so it would never be printed`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : 'use the keys of drukklaar\'s content/languages/nl.yml (`npx drukklaar export --lang <code>` lists them all)'),
  }),
  LanguageWordsFromDutch: entry<{ lang: string; count: number; keys: string }>({
    title: 'Fixed words in Dutch',
    severity: 'warning',
    message: (p) => `this translation prints ${p.count} fixed word${p.count === 1 ? '' : 's'} in Dutch: content/languages/${p.lang}.yml does not translate ${p.keys}`,
    hint: (p) =>
      `add them under \`strings:\` in content/languages/${p.lang}.yml (copy them from drukklaar's nl.yml, in a project of your own node_modules/drukklaar/content/languages/nl.yml, and translate), or translate them in a CAT tool: \`npx drukklaar export --lang ${p.lang} --format po --out ${p.lang}.po\`, then \`npx drukklaar import ${p.lang}.po\``,
  }),
  DirectionUnsupported: entry<{ kind: string; lang: string; kinds: string }>({
    title: 'Right to left not supported for this kind',
    severity: 'error',
    message: (p) => `\`${p.kind}\` documents cannot be printed right to left yet: \`${p.lang}\` is written right to left, but the \`${p.kind}\` layout prints left-aligned with Dutch labels`,
    hint: (p) => `kinds that can be right to left today: ${p.kinds}; until then, print this document in a left-to-right language`,
  }),
  DuplicateSlug: entry<{ slug: string; lang: string; other: string }>({
    title: 'Duplicate document',
    severity: 'error',
    message: (p) => `\`${p.slug}\` (${p.lang}) is also defined in ${p.other}; neither file is built`,
    hint: () => 'each slug and language may exist once: rename or remove one of the two files',
  }),
  StructureInvalid: entry<ReasonOf<typeof structureReasons>>({
    title: 'Unexpected document structure',
    severity: 'error',
    message: (p) => explain(structureReasons, p),
    hint: (p) => hintOf(structureReasons, p),
  }),
  ListTooDeep: entry<{ depth: Value; max: Value }>({
    title: 'List nested too deep',
    severity: 'error',
    message: (p) => `this list is nested ${p.depth} levels deep; lists print at most ${p.max} levels (a list, a list in it, and one more)`,
    hint: () => 'move these lines up a level (fewer spaces before the `-`), or write them as a sentence of the line above',
  }),
  NestedListRefused: entry<ReasonOf<typeof nestedListReasons>>({
    title: 'Nested list not printed here',
    severity: 'error',
    message: (p) => explain(nestedListReasons, p),
    hint: (p) => hintOf(nestedListReasons, p),
  }),
  DuplicateId: entry<{ id: string; other: Value | undefined }>({
    title: 'Duplicate id',
    severity: 'error',
    message: (p) => `the id \`${p.id}\` is used twice (also on line ${p.other})`,
    hint: () => 'give one of them another id with `{#another-id}` at the end of the line',
  }),
  RawHtml: entry({
    title: 'HTML in Markdown',
    severity: 'warning',
    message: () => 'HTML in Markdown is not interpreted; it is printed as plain text',
    hint: () => 'use Markdown (**bold**, *italic*, lists) instead of HTML tags; for a line break (`<br>`), end the line with a `\\`',
  }),
  TableNotPrinted: entry({
    title: 'Table printed as text',
    severity: 'warning',
    message: () => 'a table is not laid out as a table: its cells print as one line of text with the `|` marks between them',
    hint: () => 'write the rows as a list (`- Maandag: zwemmen`), one line per row',
  }),
  HeadingPrintedAsText: entry<{ heading: string; level: number }>({
    title: 'Heading printed as text',
    severity: 'warning',
    message: (p) => `the heading \`${'#'.repeat(p.level)} ${p.heading}\` has no place here as a heading: it prints as a line of ordinary text`,
    hint: () => 'a `## ` heading starts a tip, a card or a section (and `### Ouderbril`/`### Schoolbril` a checklist column); write this one as a sentence, or in **bold**',
  }),
  HeadingUnderlined: entry<{ heading: string; part: string }>({
    title: 'Text over a --- line became a heading',
    severity: 'warning',
    message: (p) => `\`${p.heading}\` has a \`---\` line right under it, which makes it a heading: it starts a new ${p.part}`,
    hint: (p) => `if the \`---\` was meant as a separator, put a blank line before it (a separator is not printed); to start a new ${p.part}, write \`## ${p.heading}\``,
  }),
  CardBackEmpty: entry<{ card: string; hasBreak: boolean }>({
    title: 'Card back without text',
    severity: 'warning',
    message: (p) => (p.hasBreak ? `the back of card \`${p.card}\` has no text after its \`---\` line: it prints as an empty panel` : `card \`${p.card}\` has no \`---\` line and so no back: its back prints as an empty panel`),
    hint: (p) =>
      p.hasBreak ? 'write the guidance for the back (a tip, follow-up questions) under the `---` line' : 'after the question, add a blank line, a `---` line and the guidance for the back under it',
  }),
  FrontMatterMarkdown: entry<{ field: string; markup: string }>({
    title: 'Markdown in a front matter text',
    severity: 'warning',
    message: (p) => `\`${p.field}\` is printed as plain text, so its Markdown "${p.markup}" prints with its marks`,
    hint: () => 'write the field without Markdown marks; bold, links and lists go in the text under the front matter',
  }),
  TaskBoxAsText: entry<{ box: string }>({
    title: 'Task box printed as text',
    severity: 'warning',
    message: (p) => `\`${p.box}\` at the start of a list item prints as written, two brackets, not as a box to tick`,
    hint: () => 'leave it out: a checklist draws a box before every question; elsewhere a list line needs none',
  }),
  LinkDefinitionUnused: entry<{ label: string; url: string }>({
    title: 'Link address not printed',
    severity: 'warning',
    message: (p) => `the address \`[${p.label}]: ${p.url}\` is not printed: no \`[text][${p.label}]\` in the text refers to it`,
    hint: (p) => `refer to it after the words it belongs to (\`[de website][${p.label}]\` prints \`de website (${p.url})\`), or write the address in the text`,
  }),
  FootnoteNotPrinted: entry<ReasonOf<typeof footnoteReasons>>({
    title: 'Footnote not printed',
    severity: 'warning',
    message: (p) => explain(footnoteReasons, p),
    hint: (p) => hintOf(footnoteReasons, p),
  }),
  ImageNotPrinted: entry<{ url: string; alt: string }>({
    title: 'Image in the text not printed',
    severity: 'warning',
    message: (p) =>
      p.alt ? `the image \`${p.url}\` is not printed; its description "${p.alt}" is printed in its place` : `the image \`${p.url}\` is not printed, and it has no description to print in its place`,
    hint: () => 'say in words what the image shows (a pictogram goes on a heading: `{icon=name}`)',
  }),
  BrandUnknown: entry<{ brand: string; known: string; suggestion?: string }>({
    title: 'Unknown brand',
    severity: 'error',
    message: (p) => `brand \`${p.brand}\` does not exist`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`? Known brands: ${p.known}` : `known brands: ${p.known}`),
  }),
  AssetMissing: entry<{ what: string; path: string; asset?: keyof typeof assetMissingHints }>({
    title: 'Missing file',
    severity: 'error',
    message: (p) => `${p.what} \`${p.path}\` does not exist`,
    hint: (p) => (p.asset ? assetMissingHints[p.asset] : 'check the spelling; paths are relative to the file that names them'),
  }),
  AssetOutsideProject: entry<{ path: string }>({
    title: 'Path leaves the project',
    severity: 'error',
    message: (p) => `\`${p.path}\` points outside content/ and assets/`,
    hint: () => 'copy the file into the project (e.g. next to brand.yml) and refer to it with a relative path',
  }),
  DocumentOutsideProject: entry<{ path: string; target: string }>({
    title: 'Document leaves the project',
    severity: 'error',
    message: (p) => `\`${p.path}\` is a symbolic link that points outside the project (to ${p.target}); it is not read`,
    hint: () => 'copy the file into content/ instead of linking to it; links are followed only when they stay inside the project',
  }),
  AssetRemote: entry<{ path: string; host?: string }>({
    title: 'Remote file',
    severity: 'error',
    message: (p) => `\`${p.path}\` is a web address: a build reaches the network only for hosts the project allows`,
    hint: (p) => `download the file into the project and refer to it with a relative path, or allow the host ${p.host ? `\`${p.host}\` ` : ''}in drukklaar.yml (remoteImages: { allow: [...] })`,
  }),
  AssetFetchFailed: entry<{ url: string; cause: string }>({
    title: 'Remote image not fetched',
    severity: 'error',
    message: (p) => `failed to fetch \`${p.url}\` (${p.cause})`,
    hint: () => 'check the address, or download the file into the project and refer to it with a relative path',
  }),
  ImageUnsafe: entry<{ path: string } & ReasonOf<typeof imageUnsafeReasons>>({
    title: 'Unsafe or oversized image',
    severity: 'error',
    message: (p) => `\`${p.path}\` is refused: ${explain(imageUnsafeReasons, p)}`,
    hint: () => 'export the image again as a plain PNG, JPEG or SVG without scripts or external references',
  }),
  ImageInvalid: entry<{ path: string; cause: string }>({
    title: 'Unreadable image',
    severity: 'error',
    message: (p) => `\`${p.path}\` cannot be read as an image (${p.cause})`,
    hint: () => 'logos may be SVG, PNG, JPEG or WebP',
  }),
  LogoLowResolution: entry<{ path: string; dpi: Value; width: Value; height: Value; mm: Value; needed: Value }>({
    title: 'Logo resolution too low for print',
    severity: 'warning',
    message: (p) => `the logo \`${p.path}\` prints at ${p.dpi} dpi (${p.width}×${p.height} px at ${p.mm} mm wide); print wants 300 dpi`,
    hint: (p) => `supply a logo at least ${p.needed} px wide, or an SVG`,
  }),
  BrandColourAdjusted: entry<{ field: string; colour: string; ratio: Value; against: string; uses: string; needed: Value; printed: string; printedRatio: Value }>({
    title: 'Brand colour too light to read',
    severity: 'warning',
    message: (p) => `\`colors.${p.field}\` ${p.colour} has a contrast of ${p.ratio}:1 ${p.against}, where ${p.uses} need ${p.needed}:1; they print in ${p.printed} (${p.printedRatio}:1)`,
    hint: (p) => `to print the colour you choose, pick one with at least ${p.needed}:1 ${p.against}, e.g. \`"${p.printed}"\``,
  }),
  BrandColourLowContrast: entry<{ field: string; colour: string; needed: Value; ratio: Value; uses: string }>({
    title: 'Brand colour hard to read on',
    severity: 'warning',
    message: (p) => `\`colors.${p.field}\` ${p.colour}: neither white nor dark text reaches ${p.needed}:1 on it (at best ${p.ratio}:1), so the ${p.uses} are hard to read`,
    hint: () => 'choose a lighter or a darker colour',
  }),
  GlyphMissing: entry<{ lang: string; fonts: string; chars: string; more?: number }>({
    title: 'Characters missing from the fonts',
    severity: 'error',
    message: (p) => `the fonts for ${p.lang} (${p.fonts}) have no glyph for ${p.chars}${p.more ? `; and ${p.more} more character${p.more === 1 ? '' : 's'} further on` : ''}`,
    hint: () => 'replace the characters (an emoji or symbol with words); the bundled fonts print Latin, Cyrillic, Arabic and Ethiopic script, and a font file of the project in assets/fonts replaces the bundled one of the same name (e.g. a NotoSans-Regular.ttf that has these characters)',
  }),
  ReplacementCharacter: entry({
    title: 'Replacement character in the text',
    severity: 'error',
    message: () => 'the text holds “�” (U+FFFD), the mark of a character lost in a conversion or of a reference to no printable character (such as &#127; or &#150;)',
    hint: () => 'type the character that was meant in its place',
  }),
  PictogramUnknown: entry<{ name: string; suggestion?: string; known: string }>({
    title: 'Unknown pictogram',
    severity: 'error',
    message: (p) => `there is no pictogram \`${p.name}\` (assets/icons/${p.name}.svg)`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `name a file in assets/icons without \`.svg\`: ${p.known}`),
  }),
  CardOverflow: entry<{ deck: string; card: Value; title: string; side: string; by: string; min: Value }>({
    title: 'Card text does not fit',
    severity: 'error',
    message: (p) => `deck \`${p.deck}\`, card ${p.card} "${p.title}": the ${p.side} overflows by ${p.by} even at the minimum size of ${p.min} pt`,
    hint: () => 'shorten the text or choose a larger card size',
  }),
  ScaleLabelTooWide: entry<{ label: string; needed: Value; columns: Value; width: Value; min: Value }>({
    title: 'Column heading does not fit',
    severity: 'error',
    message: (p) => `the column heading "${p.label}" needs ${p.needed} mm, but each of the ${p.columns} answer columns is ${p.width} mm wide, even at the minimum size of ${p.min} pt`,
    hint: () => 'shorten the label or use shorter words (headings wrap between words and at hyphenation points), or use fewer scale points: up to 5 columns are 16.5 mm wide, up to 3 are 19 mm',
  }),
  TranslationMismatch: entry<ReasonOf<typeof translationMismatchReasons>>({
    title: 'Translation does not match the Dutch source',
    severity: 'error',
    message: (p) => explain(translationMismatchReasons, p),
    hint: (p) =>
      p.reason === 'factDiffers'
        ? 'a translation prints with the Dutch document\'s pictograms, answer scale, card size, sheet and colours: leave the value out (or make it the Dutch one) and change it in the Dutch document'
        : 'a translation must say the same as the Dutch text, item for item: same ids in the same order (run `npx drukklaar translate` for a skeleton)',
  }),
  TranslationWithoutSource: entry<{ expected: string }>({
    title: 'Translation without Dutch source',
    severity: 'error',
    message: (p) => `there is no Dutch source \`${p.expected}\` for this translation`,
    hint: () => 'a translation is printed beside its Dutch text: add the Dutch file first, or fix the slug in the file name',
  }),
  TranslationStale: entry<{ items: string }>({
    title: 'Translation out of date',
    severity: 'warning',
    message: (p) => `the Dutch text changed since this translation was made (${p.items})`,
    hint: () => 'update the translation, then run `npx drukklaar translate --mark-current <file>`',
  }),
  TranslationIncomplete: entry<{ items: string }>({
    title: 'Translation not finished',
    severity: 'error',
    message: (p) => `these parts are not translated yet: ${p.items}`,
    hint: () => 'write the translation under each heading (the Dutch text is in the <!-- comments -->), or leave the file out of the build until it is done',
  }),
  TranslationIsDutch: entry<{ units: string; count: number }>({
    title: 'Dutch text left in a translation',
    severity: 'warning',
    message: (p) => `${p.count === 1 ? 'this text is' : `these ${p.count} texts are`} the Dutch text unchanged, and would print as the translation beside the same Dutch text: ${p.units}`,
    hint: () => 'translate them (the translation replaces the Dutch words under its heading); a text that is the same in both languages needs no change',
  }),
  TranslationOriginUnknown: entry({
    title: 'Translation without source hashes',
    severity: 'warning',
    message: () => 'this translation does not record which Dutch text it was made from (no `source:` field), so changes of the Dutch text cannot be detected',
    hint: () => 'check it against the current Dutch text, then run `npx drukklaar translate --mark-current <file>`',
  }),
  TranslationExists: entry<{ path: string }>({
    title: 'Translation already exists',
    severity: 'error',
    message: (p) => `${p.path} already exists; it was not overwritten`,
    hint: () => 'edit the existing file, or pass --force to replace it with a new skeleton (the translation in it is lost)',
  }),
  ExchangeMalformed: entry<{ problem: string }>({
    title: 'Exchange file cannot be read',
    severity: 'error',
    message: (p) => p.problem,
    hint: () => 'fix the file at this place in a text editor, or export a fresh one with `drukklaar export --lang <code> --format xliff|po`',
  }),
  ExchangeUnitUnknown: entry<{ file: string; unit?: string; kind?: 'string' | 'unit' }>({
    title: 'Unit not in the project',
    severity: 'error',
    message: (p) => (p.unit ? `${p.file} has no ${p.kind ?? 'unit'} \`${p.unit}\`` : `\`${p.file}\` is not a Dutch document that drukklaar exports for translation`),
    hint: () => 'the file was exported from another version of the Dutch text or from another project: export a fresh file and translate that one',
  }),
  ExchangeUnitNotPlaced: entry<{ units: string; doc: string }>({
    title: 'Imported translation has no place in its file',
    severity: 'warning',
    message: (p) => `${p.units} not written: ${p.doc} has no place for ${p.units.includes(',') ? 'them' : 'it'} (the statement, part or card is missing from the translation)`,
    hint: () => 'add the missing part to the translation by hand (`drukklaar translate` writes a fresh skeleton to compare with), then import the file again',
  }),
  ExchangeUnitInvalid: entry<{ field: string; file: string; problem: string }>({
    title: 'Imported translation is invalid',
    severity: 'error',
    message: (p) => `\`${p.field}\` in ${p.file} would not be valid: ${p.problem}; nothing was imported`,
    hint: () => 'correct the translation in the exchange file (keep placeholders such as {page}) and import it again',
  }),
  ExchangeUnitTwice: entry<{ unit: string; doc: string; other: Value }>({
    title: 'Unit twice in the exchange file',
    severity: 'error',
    message: (p) => `unit \`${p.unit}\` of ${p.doc} is in the file twice (also on line ${p.other}) with different translations; nothing was imported`,
    hint: () => 'keep one of the two (files of two translators merged?) and import again',
  }),
  ExchangeSourceChanged: entry<{ units: string; doc: string }>({
    title: 'Dutch text changed since export',
    severity: 'error',
    message: (p) => `the Dutch text of ${p.units} in ${p.doc} changed since the file was exported; nothing was imported`,
    hint: () => 'export again and translate the new Dutch text, or import anyway with --force (the translation is then recorded as following the current Dutch text)',
  }),
  DraftInRelease: entry({
    title: 'Draft in a release build',
    severity: 'error',
    message: () => 'this translation is a draft (`status: draft`); a release build prints only reviewed translations',
    hint: () => 'have a speaker of the language review it and set `status: reviewed`, or build without --release',
  }),
  DocumentTooLarge: entry<{ count: Value; max: Value }>({
    title: 'Document too large',
    severity: 'error',
    message: (p) => `the document has ${p.count} pieces of text (headings, questions, items, paragraphs); at most ${p.max} print in one document`,
    hint: () => 'split it into several documents (for example one per dimension or section); a handout this long is seldom read',
  }),
  DocumentTooLong: entry<{ characters: Value; max: Value }>({
    title: 'Document too long',
    severity: 'error',
    message: (p) => `the document has ${p.characters} characters of text; at most ${p.max} print in one document (about 270 pages)`,
    hint: () => 'split it into several documents (for example one per section); a handout this long is seldom read',
  }),
  GhostscriptMissing: entry({
    title: 'Ghostscript missing',
    severity: 'error',
    message: () => 'print-shop files (--pdfx) need Ghostscript, which is not installed; the other PDFs are built',
    hint: () => 'install the Debian package `ghostscript` (sudo apt-get install ghostscript; on macOS: brew install ghostscript), then build again',
  }),
  PrintFileFailed: entry<{ output: string; cause: string }>({
    title: 'Print-shop file failed',
    severity: 'error',
    message: (p) => `failed to make the print-shop file ${p.output} (${p.cause}); the previous one, if any, is kept`,
    hint: () => 'the PDF for the screen is fine; report the document if this happens again',
  }),
  NotdefDrawn: entry<{ page: Value; part?: string; font: string; context: string }>({
    title: 'Empty box in the PDF',
    severity: 'error',
    message: (p) => `page ${p.page}${p.part ? ` of the ${p.part}` : ''} would print an empty box (.notdef): the font ${p.font} has no glyph for a character here: “${p.context}”`,
    hint: () => 'the character comes from the text or from the layout (a break hyphen, a shaped form); write the text without it, or add a font that has it under assets/fonts; if the text looks fine, report it as a bug in drukklaar',
  }),
  CardLabelTooLong: entry<{ deck: string; label: string }>({
    title: 'Category label does not fit',
    severity: 'error',
    message: (p) => `deck \`${p.deck}\`: the category label "${p.label}" does not fit in the card's band (two lines at most); it would be cut off`,
    hint: () => 'shorten the label (a few words: the band names the category, the card says the rest)',
  }),
  ContentCutOff: entry<{ height: Value; mm: Value; available: Value; longest?: Value }>({
    title: 'Text cut off',
    severity: 'error',
    message: (p) => `a block that is kept on one page is ${p.height} pt (${p.mm} mm) high, and a page has room for ${p.available} pt: what does not fit would be cut off${p.longest ? `; the document's longest text (${p.longest} characters), the likely block, starts at this line` : ''}`,
    hint: () => 'a tip, a quickscan statement or a card is printed in one piece; shorten the longest one, or split it into two',
  }),
  FacingPagesOutOfStep: entry<{ pages: Value; expected: Value; first: Value; rest: Value }>({
    title: 'Facing pages out of step',
    severity: 'error',
    message: (p) =>
      `the facing pages came out as ${p.pages} pages instead of ${p.expected}: the tips of a page (${p.first} on the first, then ${p.rest}) ran onto a further page in one of the languages, so a tip no longer faces its translation`,
    hint: () => 'shorten the longest tips (translations often run longer than the Dutch text), or print the translation beside the Dutch text: `bilingual: side-by-side`',
  }),
  RenderFailed: entry<{ output: string; cause: string }>({
    title: 'Rendering failed',
    severity: 'error',
    message: (p) => `failed to render ${p.output} (${p.cause})`,
    hint: () => 'this is probably a bug in drukklaar: please report it with the document that triggers it',
  }),
  OutputWriteFailed: entry<{ path: string; cause: string }>({
    title: 'Cannot write output',
    severity: 'error',
    message: (p) => `failed to write ${p.path} (${p.cause}); the previous file was kept`,
    hint: () => 'check free disk space and permissions of the output directory',
  }),
  CatalogueFailed: entry<{ dir: string; cause: string }>({
    title: 'Catalogue not written',
    severity: 'error',
    message: (p) => `the catalogue page (index.html) in ${p.dir} could not be written (${p.cause}); the PDFs are not affected`,
    hint: () => 'check free disk space and permissions of the output directory, then build again',
  }),
  ThumbnailFailed: entry<{ output: string; cause: string }>({
    title: 'No preview image',
    severity: 'warning',
    message: (p) => `could not draw a preview of ${p.output} for the catalogue (${p.cause}); the PDF itself is fine`,
    hint: () => 'the catalogue shows it without a preview; build again, and report it if it keeps happening',
  }),
  ServePortInUse: entry<{ port: Value; cause: string }>({
    title: 'Port in use',
    severity: 'error',
    message: (p) => `cannot serve on port ${p.port}: ${p.cause}`,
    hint: () => 'stop the other program on that port, or choose another with --port, e.g. --port 4322',
  }),
  BuildLocked: entry<{ pid: Value; dir: string; lock: string }>({
    title: 'Another build is running',
    severity: 'error',
    message: (p) => `another build (process ${p.pid}) is writing to ${p.dir}`,
    hint: (p) => `wait for it to finish; if no build is running, delete ${p.lock}`,
  }),
  ProjectNotFound: entry<{ dir: string; given: boolean }>({
    title: 'No project here',
    severity: 'error',
    message: (p) =>
      p.given
        ? `${p.dir} is not a drukklaar project: it has no drukklaar.yml and no content/ folder`
        : `${p.dir} is not a drukklaar project: it has no drukklaar.yml and no content/ folder, and no folder above it has a drukklaar.yml`,
    hint: () => 'run the command in your project folder or name it with `--root <dir>`; to start a project here, run `npx drukklaar init`',
  }),
  NothingSelected: entry<{ what: string } & HintReasonOf<typeof nothingSelectedHints>>({
    title: 'Nothing selected',
    severity: 'error',
    message: (p) => `no document matches ${p.what}`,
    hint: (p) => (nothingSelectedHints[p.reason] as (p: HintReasonOf<typeof nothingSelectedHints>) => string | undefined)(p),
  }),
  InternalFailure: entry<{ command: string; cause: string }>({
    title: 'drukklaar failed',
    severity: 'error',
    message: (p) => `failed to run \`${p.command}\` (${p.cause})`,
    hint: () => 'this is a bug in drukklaar or a broken installation: run `npm install` again, and report it with the command you ran if it stays',
  }),
  ShardCostsUnreadable: entry<{ path: string; found: string }>({
    title: 'Render times not read',
    severity: 'error',
    message: (p) => `\`${p.path}\` is not the manifest of a drukklaar build (${p.found})`,
    hint: () => 'give the manifest.json of an earlier build (e.g. the merged output/manifest.json), or leave out --costs to split by estimated times',
  }),
  ShardsMismatch: entry<ReasonOf<typeof shardReasons>>({
    title: 'Shards do not make one build',
    severity: 'error',
    message: (p) => explain(shardReasons, p),
    hint: (p) => hintOf(shardReasons, p),
  }),
  UsageInvalid: entry<ReasonOf<typeof usageReasons>>({
    title: 'Invalid command-line option',
    severity: 'error',
    message: (p) => explain(usageReasons, p),
    hint: (p) => hintOf(usageReasons, p) ?? 'run with --help to see the options',
  }),
  CsvInvalid: entry<ReasonOf<typeof csvReasons>>({
    title: 'Invalid answers file',
    severity: 'error',
    message: (p) => explain(csvReasons, p),
    hint: (p) => hintOf(csvReasons, p),
  }),
  CsvEmpty: entry<{ header?: boolean }>({
    title: 'No answers',
    severity: 'error',
    message: (p) => (p.header ? 'the answers file has a header line but no rows of answers' : 'the answers file is empty'),
    hint: () => 'put the item ids in the first line (e.g. `respondent,locatie-1,locatie-2`), then one line per respondent',
  }),
  CsvEncoding: entry<ReasonOf<typeof csvEncodingReasons>>({
    title: 'Answers file is not UTF-8',
    severity: 'error',
    message: (p) => `the answers file is not UTF-8 text (${explain(csvEncodingReasons, p)})`,
    hint: () => 'in your spreadsheet choose "Save as" → "CSV UTF-8 (comma delimited)"',
  }),
  CsvDelimiter: entry<ReasonOf<typeof csvDelimiterReasons>>({
    title: 'Unknown column separator',
    severity: 'error',
    message: (p) => explain(csvDelimiterReasons, p),
    hint: () => 'separate the columns with commas or semicolons (the first line decides which), e.g. `respondent;locatie-1;locatie-2`',
  }),
  CsvUnknownItem: entry<{ column: string; id: string; doc: string; suggestion?: string; known: string }>({
    title: 'Unknown item id in answers',
    severity: 'error',
    message: (p) => `column ${p.column}: \`${p.id}\` is not an item of ${p.doc}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`? ` : '') + `the first line holds item ids (${p.known}) or the statements as written in the scan (an online form's export), and optionally \`respondent\``,
  }),
  CsvColumnIgnored: entry<{ column: string; name: string }>({
    title: 'Column of an online form left out',
    severity: 'warning',
    message: (p) => `column ${p.column} (\`${p.name}\`) is not an answer and is left out`,
    hint: () => 'online forms add columns such as a time stamp or an e-mail address; remove the column to silence this warning',
  }),
  CsvValueInvalid: entry<{ row: Value; column: string; id: string; value: string; allowed: string }>({
    title: 'Answer not on the scale',
    severity: 'error',
    message: (p) => `row ${p.row}, column ${p.column} (\`${p.id}\`): \`${p.value}\` is not on the scale`,
    hint: (p) => `use one of ${p.allowed}, or leave the cell empty when there is no answer`,
  }),
} satisfies Record<string, { title: string; severity: Severity }>;

export type ErrorCode = keyof typeof errors;

/** The parameters the message and hint of `code` read, e.g. `ParamsOf<'BrandUnknown'>`. */
export type ParamsOf<C extends ErrorCode> = (typeof errors)[C] extends ErrorEntry<infer P> ? P : never;

/** Where a diagnostic points. */
export interface Location {
  file?: string;
  span?: Span;
  field?: string;
}

/** The arguments after the code: parameters (optional when the code reads none), then a location. */
type DiagArgs<C extends ErrorCode> =
  Record<never, never> extends ParamsOf<C> ? [params?: ParamsOf<C>, at?: Location] : [params: ParamsOf<C>, at?: Location];

/**
 * Make a diagnostic from the registry. The parameters are type-checked against the code's
 * entry: a missing or misspelled parameter does not compile.
 * @param code permanent name of the error
 * @param args the values for its message and hint (omit them when it reads none), then an
 *   optional location (file, span, field)
 */
export function diag<C extends ErrorCode>(code: C, ...args: DiagArgs<C>): Diagnostic {
  const [params = {} as ParamsOf<C>, at = {}] = args;
  const e = errors[code] as unknown as ErrorEntry<ParamsOf<C>>;
  const rawHint = e.hint?.(params);
  const hint = rawHint === undefined ? undefined : String(rawHint);
  const d: Diagnostic = { code, severity: e.severity, message: e.message(params), ...at };
  if (hint) d.hint = hint;
  const { expected, found } = params as { expected?: unknown; found?: unknown };
  if (expected !== undefined) d.expected = String(expected);
  if (found !== undefined) d.found = String(found);
  return d;
}
