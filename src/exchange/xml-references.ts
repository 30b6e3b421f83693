/**
 * The references an XML file without a DTD may hold: the five predefined entities (`&amp;`
 * `&lt;` `&gt;` `&quot;` `&apos;`) and character references (`&#1575;`, `&#x627;`) to
 * characters XML allows. Anything else (`&foo;`, an HTML name such as `&eacute;`, `&#0;`)
 * is undefined, and the XML parser would keep it as its literal text or drop it. Pure.
 */

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** A few HTML names translators type, with the character to write instead. */
const HTML_NAMES: Record<string, number> = { nbsp: 0xa0, eacute: 0xe9, egrave: 0xe8, agrave: 0xe0, ccedil: 0xe7, euml: 0xeb, iuml: 0xef, ouml: 0xf6, uuml: 0xfc, laquo: 0xab, raquo: 0xbb, euro: 0x20ac, copy: 0xa9, hellip: 0x2026, ndash: 0x2013, mdash: 0x2014, rsquo: 0x2019, lsquo: 0x2018, ldquo: 0x201c, rdquo: 0x201d, shy: 0xad, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f };

/** Whether XML 1.0 allows a character (its `Char` production). */
const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

const hex = (c: number) => `&#x${c.toString(16).toUpperCase()};`;

/** An undefined reference: its offset in the text and what to say about it. */
export interface UndefinedReference {
  offset: number;
  detail: string;
}

/** What is wrong with one reference (`&…;` as written), or undefined when XML defines it. */
function faultOf(reference: string): string | undefined {
  const name = reference.slice(1, -1);
  const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
  if (numeric) {
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
    return isXmlChar(code) ? undefined : `the character reference \`${reference}\` names no character XML allows: remove it`;
  }
  if (PREDEFINED.has(name)) return undefined;
  const html = HTML_NAMES[name];
  if (html !== undefined) return `\`${reference}\` is an HTML name, which XML does not define: write the character itself (${String.fromCodePoint(html)}) or ${hex(html)}`;
  return `the entity \`${reference}\` is not defined (XML defines only &amp; &lt; &gt; &quot; &apos;): write the character itself, a reference such as &#x627;, or &amp; for an ampersand`;
}

/**
 * The first undefined reference in an XML text, outside comments, CDATA sections and
 * processing instructions (where `&` is plain text).
 * @param text the XML file's text, already known to be well-formed
 */
export function findUndefinedReference(text: string): UndefinedReference | undefined {
  const pattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|&[^;\s<&"']*;?/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0][0] !== '&') continue;
    const detail = m[0].endsWith(';') ? faultOf(m[0]) : `a bare \`&\`: write &amp; for an ampersand`;
    if (detail) return { offset: m.index, detail };
  }
  return undefined;
}
