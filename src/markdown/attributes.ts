/**
 * Trailing attributes in braces, as in Pandoc: `Lees samen {#lezen icon=boek}`.
 */
export interface Attributes {
  id?: string;
  values: Record<string, string>;
}

const trailing = /\s*\{([^{}]*)\}\s*$/;

/** Split `text {#id key=value}` into the text and its attributes. Text without braces has none. */
export function splitAttributes(text: string): { text: string; attributes: Attributes; raw?: string } {
  const m = trailing.exec(text);
  if (!m) return { text, attributes: { values: {} } };
  const attributes: Attributes = { values: {} };
  for (const token of (m[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
    if (token.startsWith('#')) attributes.id = token.slice(1);
    else if (token.startsWith('.')) attributes.values.class = token.slice(1);
    else {
      const eq = token.indexOf('=');
      if (eq > 0) attributes.values[token.slice(0, eq)] = token.slice(eq + 1).replace(/^"(.*)"$/, '$1');
      else attributes.values[token] = 'true';
    }
  }
  return { text: text.slice(0, m.index), attributes, raw: m[0] };
}

/** A stable id from text: lowercase ASCII letters, digits and dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

export const idPattern = /^[a-z0-9][a-z0-9-]*$/;
