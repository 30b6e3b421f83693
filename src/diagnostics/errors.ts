/**
 * The one registry of user-facing errors and warnings.
 *
 * Each entry has a permanent name (the key), a title, a message built from parameters
 * and a hint. Writing rules: say what happened, why, and what to do; no "Error:" prefix;
 * no raw JSON; no jokes.
 */
import type { Diagnostic, Severity, Span } from './diagnostic.js';

type Params = Record<string, string | number | undefined>;

interface ErrorEntry {
  title: string;
  severity: Severity;
  message: (p: Params) => string;
  hint?: (p: Params) => string | number | undefined;
}

const entry = (e: ErrorEntry): ErrorEntry => e;

export const errors = {
  SourceUnreadable: entry({
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
  SourceInvalidUtf8: entry({
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
  FrontMatterCode: entry({
    title: 'Front matter as code',
    severity: 'error',
    message: (p) => `front matter in \`${p.language}\` is refused: front matter is data and is never run as code`,
    hint: () => 'write the front matter as YAML: replace the first line with a plain `---`',
  }),
  YamlSyntax: entry({
    title: 'Invalid YAML',
    severity: 'error',
    message: (p) => `the front matter is not valid YAML: ${p.detail}`,
    hint: (p) => p.hint ?? 'check indentation (spaces, not tabs) and put text with a colon in double quotes',
  }),
  YamlTag: entry({
    title: 'YAML tag',
    severity: 'error',
    message: (p) => `the YAML tag \`${p.tag}\` is refused: only plain text, numbers, yes/no, lists and fields are data`,
    hint: () => 'remove the tag and write the value as plain text (in double quotes if it holds a colon); tags such as !!js/function or !!binary are never run or decoded',
  }),
  FrontMatterNotMapping: entry({
    title: 'Front matter is not a set of fields',
    severity: 'error',
    message: (p) => `expected front matter made of \`field: value\` lines, found ${p.found}`,
    hint: () => 'write one `field: value` per line, e.g. `title: Samen lezen`',
  }),
  FieldMissing: entry({
    title: 'Missing field',
    severity: 'error',
    message: (p) => `missing field \`${p.field}\`${p.expected ? `: expected ${p.expected}` : ''}`,
    hint: (p) => `add \`${p.leaf}: ...\` to the front matter`,
  }),
  FieldInvalidType: entry({
    title: 'Wrong type',
    severity: 'error',
    message: (p) => `\`${p.field}\` should be ${p.expected}, found ${p.found}`,
    hint: (p) => p.hint,
  }),
  FieldInvalidValue: entry({
    title: 'Invalid value',
    severity: 'error',
    message: (p) => `\`${p.field}\` ${p.detail}`,
    hint: (p) => p.hint,
  }),
  FieldUnknown: entry({
    title: 'Unknown field',
    severity: 'error',
    message: (p) => `unknown field \`${p.field}\``,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `known fields here: ${p.known}`),
  }),
  KindUnknown: entry({
    title: 'Unknown kind',
    severity: 'error',
    message: (p) => `unknown kind \`${p.found}\`: expected one of ${p.expected}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : undefined),
  }),
  FileNameInvalid: entry({
    title: 'File name without language',
    severity: 'error',
    message: (p) => `the file name \`${p.name}\` does not follow \`<slug>.<lang>.md\``,
    hint: () => 'rename it, for example to `samen-lezen.nl.md` (lowercase letters, digits and dashes, then the language code)',
  }),
  LangMismatch: entry({
    title: 'Language does not match file name',
    severity: 'error',
    message: (p) => `\`lang\` is \`${p.found}\` but the file name says \`${p.expected}\``,
    hint: () => 'make the file name and the `lang` field agree',
  }),
  LanguageUnknown: entry({
    title: 'Unknown language',
    severity: 'error',
    message: (p) => `language \`${p.lang}\` has no file content/languages/${p.lang}.yml`,
    hint: (p) => `add content/languages/${p.lang}.yml (copy en.yml and translate its strings)${p.known ? `; known: ${p.known}` : ''}`,
  }),
  LanguageInvalid: entry({
    title: 'Language file has errors',
    severity: 'error',
    message: (p) => `language \`${p.lang}\` cannot be used: content/languages/${p.lang}.yml has errors (reported above)`,
    hint: (p) => `fix content/languages/${p.lang}.yml; every document in this language waits for it`,
  }),
  DirectionUnsupported: entry({
    title: 'Right to left not supported for this kind',
    severity: 'error',
    message: (p) => `\`${p.kind}\` documents cannot be printed right to left yet: \`${p.lang}\` is written right to left, but the \`${p.kind}\` layout prints left-aligned with Dutch labels`,
    hint: (p) => `kinds that can be right to left today: ${p.kinds}; until then, print this document in a left-to-right language`,
  }),
  DuplicateSlug: entry({
    title: 'Duplicate document',
    severity: 'error',
    message: (p) => `\`${p.slug}\` (${p.lang}) is also defined in ${p.other}; neither file is built`,
    hint: () => 'each slug and language may exist once: rename or remove one of the two files',
  }),
  StructureInvalid: entry({
    title: 'Unexpected document structure',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: (p) => p.hint,
  }),
  ListTooDeep: entry({
    title: 'List nested too deep',
    severity: 'error',
    message: (p) => `this list is nested ${p.depth} levels deep; lists print at most ${p.max} levels (a list, a list in it, and one more)`,
    hint: () => 'move these lines up a level (fewer spaces before the `-`), or write them as a sentence of the line above',
  }),
  NestedListRefused: entry({
    title: 'Nested list not printed here',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: (p) => p.hint,
  }),
  DuplicateId: entry({
    title: 'Duplicate id',
    severity: 'error',
    message: (p) => `the id \`${p.id}\` is used twice (also on line ${p.other})`,
    hint: () => 'give one of them another id with `{#another-id}` at the end of the line',
  }),
  RawHtml: entry({
    title: 'HTML in Markdown',
    severity: 'warning',
    message: () => 'HTML in Markdown is not interpreted; it is printed as plain text',
    hint: () => 'use Markdown (**bold**, *italic*, lists) instead of HTML tags',
  }),
  BrandUnknown: entry({
    title: 'Unknown brand',
    severity: 'error',
    message: (p) => `brand \`${p.brand}\` does not exist`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`? Known brands: ${p.known}` : `known brands: ${p.known}`),
  }),
  AssetMissing: entry({
    title: 'Missing file',
    severity: 'error',
    message: (p) => `${p.what} \`${p.path}\` does not exist`,
    hint: (p) => p.hint ?? 'check the spelling; paths are relative to the file that names them',
  }),
  AssetOutsideProject: entry({
    title: 'Path leaves the project',
    severity: 'error',
    message: (p) => `\`${p.path}\` points outside content/ and assets/`,
    hint: () => 'copy the file into the project (e.g. next to brand.yml) and refer to it with a relative path',
  }),
  DocumentOutsideProject: entry({
    title: 'Document leaves the project',
    severity: 'error',
    message: (p) => `\`${p.path}\` is a symbolic link that points outside the project (to ${p.target}); it is not read`,
    hint: () => 'copy the file into content/ instead of linking to it; links are followed only when they stay inside the project',
  }),
  AssetRemote: entry({
    title: 'Remote file',
    severity: 'error',
    message: (p) => `\`${p.path}\` is a web address: a build reaches the network only for hosts the project allows`,
    hint: (p) => `download the file into the project and refer to it with a relative path, or allow the host ${p.host ? `\`${p.host}\` ` : ''}in drukklaar.yml (remoteImages: { allow: [...] })`,
  }),
  AssetFetchFailed: entry({
    title: 'Remote image not fetched',
    severity: 'error',
    message: (p) => `failed to fetch \`${p.url}\` (${p.cause})`,
    hint: () => 'check the address, or download the file into the project and refer to it with a relative path',
  }),
  ImageUnsafe: entry({
    title: 'Unsafe or oversized image',
    severity: 'error',
    message: (p) => `\`${p.path}\` is refused: ${p.detail}`,
    hint: (p) => p.hint ?? 'export the image again as a plain PNG, JPEG or SVG without scripts or external references',
  }),
  ImageInvalid: entry({
    title: 'Unreadable image',
    severity: 'error',
    message: (p) => `\`${p.path}\` cannot be read as an image (${p.cause})`,
    hint: () => 'logos may be SVG, PNG, JPEG or WebP',
  }),
  LogoLowResolution: entry({
    title: 'Logo resolution too low for print',
    severity: 'warning',
    message: (p) => `the logo \`${p.path}\` prints at ${p.dpi} dpi (${p.width}×${p.height} px at ${p.mm} mm wide); print wants 300 dpi`,
    hint: (p) => `supply a logo at least ${p.needed} px wide, or an SVG`,
  }),
  BrandColourAdjusted: entry({
    title: 'Brand colour too light to read',
    severity: 'warning',
    message: (p) => `\`colors.${p.field}\` ${p.colour} has a contrast of ${p.ratio}:1 ${p.against}, where ${p.uses} need ${p.needed}:1; they print in ${p.printed} (${p.printedRatio}:1)`,
    hint: (p) => `to print the colour you choose, pick one with at least ${p.needed}:1 ${p.against}, e.g. \`"${p.printed}"\``,
  }),
  BrandColourLowContrast: entry({
    title: 'Brand colour hard to read on',
    severity: 'warning',
    message: (p) => `\`colors.${p.field}\` ${p.colour}: neither white nor dark text reaches ${p.needed}:1 on it (at best ${p.ratio}:1), so the ${p.uses} are hard to read`,
    hint: () => 'choose a lighter or a darker colour',
  }),
  GlyphMissing: entry({
    title: 'Characters missing from the fonts',
    severity: 'error',
    message: (p) => `the fonts for ${p.lang} (${p.fonts}) have no glyph for ${p.chars}`,
    hint: () => 'replace the characters, or add a font that has them under assets/fonts and to the language\'s script in src/render/fonts.ts',
  }),
  PictogramUnknown: entry({
    title: 'Unknown pictogram',
    severity: 'error',
    message: (p) => `there is no pictogram \`${p.name}\` (assets/icons/${p.name}.svg)`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `name a file in assets/icons without \`.svg\`: ${p.known}`),
  }),
  CardOverflow: entry({
    title: 'Card text does not fit',
    severity: 'error',
    message: (p) => `deck \`${p.deck}\`, card ${p.card} "${p.title}": the ${p.side} overflows by ${p.by} even at the minimum size of ${p.min} pt`,
    hint: () => 'shorten the text or choose a larger card size',
  }),
  ScaleLabelTooWide: entry({
    title: 'Column heading does not fit',
    severity: 'error',
    message: (p) => `the column heading "${p.label}" needs ${p.needed} mm, but each of the ${p.columns} answer columns is ${p.width} mm wide, even at the minimum size of ${p.min} pt`,
    hint: () => 'shorten the label or use shorter words (headings wrap between words and at hyphenation points), or use fewer scale points: up to 5 columns are 16.5 mm wide, up to 3 are 19 mm',
  }),
  TranslationMismatch: entry({
    title: 'Translation does not match the Dutch source',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: () => 'a translation must say the same as the Dutch text, item for item: same ids in the same order (run `npm run drukklaar -- translate` for a skeleton)',
  }),
  TranslationWithoutSource: entry({
    title: 'Translation without Dutch source',
    severity: 'error',
    message: (p) => `there is no Dutch source \`${p.expected}\` for this translation`,
    hint: () => 'a translation is printed beside its Dutch text: add the Dutch file first, or fix the slug in the file name',
  }),
  TranslationStale: entry({
    title: 'Translation out of date',
    severity: 'warning',
    message: (p) => `the Dutch text changed since this translation was made (${p.items})`,
    hint: () => 'update the translation, then run `npm run drukklaar -- translate --mark-current <file>`',
  }),
  TranslationIncomplete: entry({
    title: 'Translation not finished',
    severity: 'error',
    message: (p) => `these parts are not translated yet: ${p.items}`,
    hint: () => 'write the translation under each heading (the Dutch text is in the <!-- comments -->), or leave the file out of the build until it is done',
  }),
  TranslationOriginUnknown: entry({
    title: 'Translation without source hashes',
    severity: 'warning',
    message: () => 'this translation does not record which Dutch text it was made from (no `source:` field), so changes of the Dutch text cannot be detected',
    hint: () => 'check it against the current Dutch text, then run `npm run drukklaar -- translate --mark-current <file>`',
  }),
  TranslationExists: entry({
    title: 'Translation already exists',
    severity: 'error',
    message: (p) => `${p.path} already exists; it was not overwritten`,
    hint: () => 'edit the existing file, or pass --force to replace it with a new skeleton (the translation in it is lost)',
  }),
  ExchangeMalformed: entry({
    title: 'Exchange file cannot be read',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: () => 'fix the file at this place in a text editor, or export a fresh one with `drukklaar export --lang <code> --format xliff|po`',
  }),
  ExchangeUnitUnknown: entry({
    title: 'Unit not in the project',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: () => 'the file was exported from another version of the Dutch text or from another project: export a fresh file and translate that one',
  }),
  ExchangeUnitInvalid: entry({
    title: 'Imported translation is invalid',
    severity: 'error',
    message: (p) => `${p.detail}; nothing was imported`,
    hint: () => 'correct the translation in the exchange file (keep placeholders such as {page}) and import it again',
  }),
  ExchangeSourceChanged: entry({
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
  DocumentTooLarge: entry({
    title: 'Document too large',
    severity: 'error',
    message: (p) => `the document has ${p.count} pieces of text (headings, questions, items, paragraphs); at most ${p.max} print in one document`,
    hint: () => 'split it into several documents (for example one per dimension or section); a handout this long is seldom read',
  }),
  GhostscriptMissing: entry({
    title: 'Ghostscript missing',
    severity: 'error',
    message: () => 'print-shop files (--pdfx) need Ghostscript, which is not installed; the other PDFs are built',
    hint: () => 'install the Debian package `ghostscript` (sudo apt-get install ghostscript; on macOS: brew install ghostscript), then build again',
  }),
  PrintFileFailed: entry({
    title: 'Print-shop file failed',
    severity: 'error',
    message: (p) => `failed to make the print-shop file ${p.output} (${p.cause}); the previous one, if any, is kept`,
    hint: () => 'the PDF for the screen is fine; report the document if this happens again',
  }),
  NotdefDrawn: entry({
    title: 'Empty box in the PDF',
    severity: 'error',
    message: (p) => `page ${p.page}${p.part ? ` of the ${p.part}` : ''} would print an empty box (.notdef): the font ${p.font} has no glyph for a character here: “${p.context}”`,
    hint: () => 'the character comes from the text or from the layout (a break hyphen, a shaped form); write the text without it, or add a font that has it under assets/fonts; if the text looks fine, report it as a bug in drukklaar',
  }),
  ContentCutOff: entry({
    title: 'Text cut off',
    severity: 'error',
    message: (p) => `a block that is kept on one page is ${p.height} pt (${p.mm} mm) high, and a page has room for ${p.available} pt: what does not fit would be cut off`,
    hint: () => 'a tip, a quickscan statement or a card is printed in one piece; shorten the longest one, or split it into two',
  }),
  RenderFailed: entry({
    title: 'Rendering failed',
    severity: 'error',
    message: (p) => `failed to render ${p.output} (${p.cause})`,
    hint: () => 'this is probably a bug in drukklaar: please report it with the document that triggers it',
  }),
  OutputWriteFailed: entry({
    title: 'Cannot write output',
    severity: 'error',
    message: (p) => `failed to write ${p.path} (${p.cause}); the previous file was kept`,
    hint: () => 'check free disk space and permissions of the output directory',
  }),
  CatalogueFailed: entry({
    title: 'Catalogue not written',
    severity: 'error',
    message: (p) => `the catalogue page (index.html) in ${p.dir} could not be written (${p.cause}); the PDFs are not affected`,
    hint: () => 'check free disk space and permissions of the output directory, then build again',
  }),
  ThumbnailFailed: entry({
    title: 'No preview image',
    severity: 'warning',
    message: (p) => `could not draw a preview of ${p.output} for the catalogue (${p.cause}); the PDF itself is fine`,
    hint: () => 'the catalogue shows it without a preview; build again, and report it if it keeps happening',
  }),
  ServePortInUse: entry({
    title: 'Port in use',
    severity: 'error',
    message: (p) => `cannot serve on port ${p.port}: ${p.cause}`,
    hint: () => 'stop the other program on that port, or choose another with --port, e.g. --port 4322',
  }),
  BuildLocked: entry({
    title: 'Another build is running',
    severity: 'error',
    message: (p) => `another build (process ${p.pid}) is writing to ${p.dir}`,
    hint: (p) => `wait for it to finish; if no build is running, delete ${p.lock}`,
  }),
  NothingSelected: entry({
    title: 'Nothing selected',
    severity: 'error',
    message: (p) => `no document matches ${p.what}`,
    hint: (p) => p.hint,
  }),
  InternalFailure: entry({
    title: 'drukklaar failed',
    severity: 'error',
    message: (p) => `failed to run \`${p.command}\` (${p.cause})`,
    hint: () => 'this is a bug in drukklaar or a broken installation: run `npm install` again, and report it with the command you ran if it stays',
  }),
  UsageInvalid: entry({
    title: 'Invalid command-line option',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: (p) => p.hint ?? 'run with --help to see the options',
  }),
  CsvInvalid: entry({
    title: 'Invalid answers file',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: (p) => p.hint,
  }),
  CsvEmpty: entry({
    title: 'No answers',
    severity: 'error',
    message: (p) => (p.header ? 'the answers file has a header line but no rows of answers' : 'the answers file is empty'),
    hint: () => 'put the item ids in the first line (e.g. `respondent,locatie-1,locatie-2`), then one line per respondent',
  }),
  CsvEncoding: entry({
    title: 'Answers file is not UTF-8',
    severity: 'error',
    message: (p) => `the answers file is not UTF-8 text (${p.detail})`,
    hint: () => 'in your spreadsheet choose "Save as" → "CSV UTF-8 (comma delimited)"',
  }),
  CsvDelimiter: entry({
    title: 'Unknown column separator',
    severity: 'error',
    message: (p) => `${p.detail}`,
    hint: () => 'separate the columns with commas or semicolons (the first line decides which), e.g. `respondent;locatie-1;locatie-2`',
  }),
  CsvUnknownItem: entry({
    title: 'Unknown item id in answers',
    severity: 'error',
    message: (p) => `column ${p.column}: \`${p.id}\` is not an item of ${p.doc}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`? ` : '') + `the first line holds item ids (${p.known}) and optionally \`respondent\``,
  }),
  CsvValueInvalid: entry({
    title: 'Answer not on the scale',
    severity: 'error',
    message: (p) => `row ${p.row}, column ${p.column} (\`${p.id}\`): \`${p.value}\` is not on the scale`,
    hint: (p) => `use one of ${p.allowed}, or leave the cell empty when there is no answer`,
  }),
} satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errors;

/** Where a diagnostic points. */
export interface Location {
  file?: string;
  span?: Span;
  field?: string;
}

/**
 * Make a diagnostic from the registry.
 * @param code permanent name of the error
 * @param params values for the message and hint
 * @param at optional location (file, span, field)
 */
export function diag(code: ErrorCode, params: Params = {}, at: Location = {}): Diagnostic {
  const e: ErrorEntry = errors[code];
  const rawHint = e.hint?.(params);
  const hint = rawHint === undefined ? undefined : String(rawHint);
  const d: Diagnostic = { code, severity: e.severity, message: e.message(params), ...at };
  if (hint) d.hint = hint;
  if (params.expected !== undefined) d.expected = String(params.expected);
  if (params.found !== undefined) d.found = String(params.found);
  return d;
}
