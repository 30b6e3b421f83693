/**
 * Read an XLIFF 2.0 file back into units: well-formedness checked first (line and column of
 * the first fault), then the structure drukklaar needs (`trgLang`, `original` on each
 * `<file>`, `id` on each `<unit>`). Segments a CAT tool split are joined; placeholders
 * (`<ph/>`, `<pc>`, `<sc/>`/`<ec/>`) turn back into the Markdown of their `<data>`. Pure.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineOf, type ImportedUnit, type ReadExchange } from './exchange-model.js';
import { findUndefinedReference } from './xml-references.js';

/** A node of fast-xml-parser's ordered output: one element name with its children, or `#text`. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const nameOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ':@')!;
const childrenOf = (n: XmlNode) => (n[nameOf(n)] as XmlNode[] | string) ?? [];
const attr = (n: XmlNode, name: string) => n[':@']?.[`@_${name}`];
const elements = (nodes: XmlNode[], name: string) => nodes.filter((n) => nameOf(n) === name);

/** Fault found in the structure, located by the first occurrence of a piece of text from an offset on (its <file>'s). */
class Fault extends Error {
  constructor(
    readonly detail: string,
    readonly needle: string,
    readonly from = 0,
  ) {
    super(detail);
  }
}

/**
 * Offset of the first opening tag `<element … attribute="value"` from an offset on, whatever
 * the order of its attributes (-1 when absent). Units of different files share ids (`title`):
 * each is looked for from its own <file> on.
 */
function tagAt(text: string, element: string, attribute: string, value: string, from: number): number {
  const pattern = new RegExp(`<${element}\\b[^>]*?\\s${attribute}\\s*=\\s*["']${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

const lineAt = (text: string, offset: number) => (offset < 0 ? 1 : text.slice(0, offset).split('\n').length);

/** Text of inline content, placeholders replaced by their original Markdown. */
function inlineText(nodes: XmlNode[] | string, data: Map<string, string>, unitId: string, from: number): string {
  if (typeof nodes === 'string') return nodes;
  const ref = (n: XmlNode, key: string) => {
    const id = attr(n, key);
    if (id === undefined) return '';
    const v = data.get(id);
    if (v === undefined) throw new Fault(`unit \`${unitId}\` refers to \`${id}\`, which its <originalData> does not hold`, `id="${unitId}"`, from);
    return v;
  };
  return nodes
    .map((n) => {
      const name = nameOf(n);
      if (name === '#text') return String(n['#text']);
      if (name === 'ph' || name === 'sc' || name === 'ec') return ref(n, 'dataRef');
      if (name === 'cp') return codePoint(attr(n, 'hex') ?? '', unitId, from);
      if (name === 'pc') return ref(n, 'dataRefStart') + inlineText(childrenOf(n), data, unitId, from) + ref(n, 'dataRefEnd');
      return inlineText(childrenOf(n), data, unitId, from);
    })
    .join('');
}

/**
 * The character of a `<cp hex="…"/>`, XLIFF's way to carry one XML cannot hold. A control
 * character prints nothing (a form feed from a word processor): refused, like an unknown element
 * it was dropped without a word.
 */
function codePoint(hex: string, unitId: string, from: number): string {
  const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : -1;
  const ch = code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  if (!ch || (/\p{Cc}|\p{Cs}/u.test(ch) && ch !== '\t' && ch !== '\n')) {
    throw new Fault(`unit \`${unitId}\` holds <cp hex="${hex}"/>, ${ch ? `the control character U+${hex.toUpperCase().padStart(4, '0')}, which prints nothing` : 'no character'}: remove it`, `hex="${hex}"`, from);
  }
  return ch;
}

const STATES = ['initial', 'translated', 'reviewed', 'final'];

/**
 * Where each unit's tag stands in the text. Units are read in document order, so the n-th
 * unit with an id is at the n-th `<unit … id="…"` (ids such as `title` repeat in every
 * <file>, and a unit may be given twice).
 */
interface UnitPlaces {
  text: string;
  /** Per id, where to look for its next tag. */
  next: Map<string, number>;
}

function readUnit(unit: XmlNode, file: string, places: UnitPlaces): ImportedUnit {
  const { text } = places;
  const id = attr(unit, 'id');
  if (!id) throw new Fault('a <unit> has no `id`', '<unit');
  const at = tagAt(text, 'unit', 'id', id, places.next.get(id) ?? 0);
  places.next.set(id, at + 1);
  const from = Math.max(at, 0);
  const children = childrenOf(unit) as XmlNode[];
  const data = new Map(elements(elements(children, 'originalData').flatMap((o) => childrenOf(o) as XmlNode[]), 'data').map((d) => [attr(d, 'id') ?? '', inlineText(childrenOf(d), new Map(), id, from)]));
  const parts = children.filter((n) => nameOf(n) === 'segment' || nameOf(n) === 'ignorable');
  let source = '';
  let target = '';
  const states: string[] = [];
  for (const part of parts) {
    const inner = childrenOf(part) as XmlNode[];
    const s = elements(inner, 'source')[0];
    if (!s) throw new Fault(`unit \`${id}\` has a <${nameOf(part)}> without <source>`, `id="${id}"`, from);
    const sText = inlineText(childrenOf(s), data, id, from);
    const t = elements(inner, 'target')[0];
    source += sText;
    target += t ? inlineText(childrenOf(t), data, id, from) : nameOf(part) === 'ignorable' ? sText : '';
    if (nameOf(part) === 'segment') {
      const state = attr(part, 'state') ?? 'initial';
      if (!STATES.includes(state)) throw new Fault(`unit \`${id}\`: state \`${state}\` is not one of ${STATES.join(', ')}`, `id="${id}"`, from);
      states.push(state);
    }
  }
  if (!states.length) throw new Fault(`unit \`${id}\` has no <segment>`, `id="${id}"`, from);
  const confirmed = states.every((s) => s !== 'initial');
  return { file, id, source, target: target.trim() ? target : '', confirmed, final: states.every((s) => s === 'final'), line: lineAt(text, from) };
}

/** The units of every `<unit>` under a `<file>` or `<group>`, at any depth. */
function readUnits(nodes: XmlNode[], file: string, places: UnitPlaces): ImportedUnit[] {
  return nodes.flatMap((n) => (nameOf(n) === 'unit' ? [readUnit(n, file, places)] : nameOf(n) === 'group' ? readUnits(childrenOf(n) as XmlNode[], file, places) : []));
}

/**
 * Read an XLIFF 2.0 document.
 * @param text the file's text
 */
export function readXliff(text: string): ReadExchange {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: { line: valid.err.line, column: valid.err.col, detail: `not well-formed XML: ${valid.err.msg}` } };
  // XLIFF 2.0 has no DTD: a DOCTYPE can only declare entities (a file outside the project,
  // an expansion that fills the memory), and none is read.
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    const before = text.slice(0, doctype.index).split('\n');
    return { error: { line: before.length, column: before.at(-1)!.length + 1, detail: 'a DOCTYPE is not read in XLIFF 2.0 (its entities could name files or grow without end): remove it and write the characters themselves' } };
  }
  // Without a DTD only XML's five entities and character references are defined; the parser
  // would import any other (`&foo;`, `&eacute;`) as its literal text.
  const undefinedReference = findUndefinedReference(text);
  if (undefinedReference) {
    const before = text.slice(0, undefinedReference.offset).split('\n');
    return { error: { line: before.length, column: before.at(-1)!.length + 1, detail: undefinedReference.detail } };
  }
  let tree: XmlNode[];
  try {
    // fast-xml-parser expands character references (&#x627;) only with `htmlEntities`; the
    // HTML names it would expand too were refused above.
    tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: true }).parse(text) as XmlNode[];
  } catch (e) {
    return { error: { line: 1, column: 1, detail: `not readable as XLIFF: ${(e as Error).message}` } };
  }
  try {
    const root = elements(tree, 'xliff')[0];
    if (!root) throw new Fault('the root element is not <xliff>', '<');
    const version = attr(root, 'version') ?? '';
    if (!version.startsWith('2.')) throw new Fault(`expected XLIFF 2.0, found version \`${version || 'none'}\` (XLIFF 1.2 is not read)`, '<xliff');
    const lang = attr(root, 'trgLang');
    if (!lang) throw new Fault('<xliff> has no `trgLang` (the language of the translation)', '<xliff');
    const places: UnitPlaces = { text, next: new Map() };
    let fileAt = 0;
    const units = elements(childrenOf(root) as XmlNode[], 'file').flatMap((f) => {
      const original = attr(f, 'original');
      if (!original) throw new Fault('a <file> has no `original` (the path of the Dutch document)', '<file', fileAt);
      fileAt = text.indexOf('<file', fileAt) + 1;
      return readUnits(childrenOf(f) as XmlNode[], original, places);
    });
    return { lang, units };
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    const line = lineOf(text, e.needle, e.from);
    const column = (text.split('\n')[line - 1]?.indexOf(e.needle) ?? 0) + 1;
    return { error: { line, column: Math.max(column, 1), detail: e.detail } };
  }
}
