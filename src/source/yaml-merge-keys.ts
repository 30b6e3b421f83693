/**
 * Find YAML merge keys (`<<: *defaults`). YAML 1.2 has no merge: the parser reads `<<` as a
 * field named `<<`, so the fields it was meant to bring in are silently missing (a document
 * was refused as "missing field `kind`" with `kind` written in the anchor it merged).
 */
import { isScalar, visit, type Document } from 'yaml';

/**
 * Offsets of every plain `<<` key in a parsed document, in source order.
 * @param doc the document, parsed with ranges (the default)
 */
export function findMergeKeys(doc: Document): number[] {
  const out: number[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN' && pair.key.range) out.push(pair.key.range[0]);
    },
  });
  return out.sort((a, b) => a - b);
}
