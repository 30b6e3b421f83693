/**
 * The structure tree of a tagged quickscan after its marker links are taken out (fields.ts).
 * The renderer put each marker link in the tree: a `Link` element (or the table cell the
 * link is) holding an `OBJR` to the marker annotation, whose `/StructParent` key the parent
 * tree leads back to that element. The printed variant drops those references (no
 * annotation is left for them); the fillable variant makes each a `Form` element whose
 * `OBJR` names the field's widget, under the same key, so a screen reader meets every field
 * where it is printed: an answer in its table cell, a notes area after its label.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Where a marker link sat in the structure tree. */
export interface MarkTag {
  /** The marker annotation's `/StructParent` key. */
  structParent: number;
  /** The marker annotation (removed by then): the `OBJR` that named it. */
  annotation: PDFRef;
}

/** The parent tree's `Nums` arrays (the root's, and those of its kids). */
function numsArrays(doc: PDFDocument): PDFArray[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const tree = root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
  const out: PDFArray[] = [];
  const walk = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    if (nums) out.push(nums);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    kids?.asArray().forEach((k) => walk(doc.context.lookupMaybe(k, PDFDict)));
  };
  walk(tree);
  return out;
}

/** The parent-tree entry of a key: the array and the index of its value, or undefined. */
function entryOf(doc: PDFDocument, key: number): { nums: PDFArray; index: number } | undefined {
  for (const nums of numsArrays(doc)) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const k = nums.get(i);
      if (k instanceof PDFNumber && k.asNumber() === key) return { nums, index: i + 1 };
    }
  }
  return undefined;
}

/** The `K` of an element as an array (a single kid is wrapped), set back on the element. */
function kidsOf(doc: PDFDocument, elem: PDFDict): PDFArray {
  const k = elem.get(PDFName.of('K'));
  const value = k instanceof PDFRef ? doc.context.lookup(k) : k;
  if (value instanceof PDFArray) return value;
  const array = doc.context.obj(value === undefined ? [] : [value as PDFObject]);
  elem.set(PDFName.of('K'), array);
  return array;
}

/** Index in `kids` of the OBJR naming `annotation`, or -1. */
function objrIndex(doc: PDFDocument, kids: PDFArray, annotation: PDFRef): number {
  for (let i = 0; i < kids.size(); i++) {
    const kid = doc.context.lookupMaybe(kids.get(i), PDFDict);
    if (kid?.get(PDFName.of('Type')) === PDFName.of('OBJR') && kid.get(PDFName.of('Obj')) === annotation) return i;
  }
  return -1;
}

/** Remove `child` from its parent element's kids. */
function detach(doc: PDFDocument, childRef: PDFObject, child: PDFDict): void {
  const parent = child.lookupMaybe(PDFName.of('P'), PDFDict);
  if (!parent) return;
  const kids = kidsOf(doc, parent);
  for (let i = kids.size() - 1; i >= 0; i--) if (kids.get(i) === childRef) kids.remove(i);
}

/**
 * Printed variant: take the references to the removed marker annotations out of the tree,
 * with the `Link` elements that held nothing else and their parent-tree entries.
 * @param doc the loaded document (changed in place)
 * @param marks where the marker links sat
 */
export function dropMarkTags(doc: PDFDocument, marks: MarkTag[]): void {
  for (const m of marks) {
    const entry = entryOf(doc, m.structParent);
    if (!entry) continue;
    const elemRef = entry.nums.get(entry.index);
    const elem = doc.context.lookupMaybe(elemRef, PDFDict);
    entry.nums.remove(entry.index);
    entry.nums.remove(entry.index - 1);
    if (!elem) continue;
    const kids = kidsOf(doc, elem);
    const at = objrIndex(doc, kids, m.annotation);
    if (at >= 0) kids.remove(at);
    if (elem.get(PDFName.of('S')) === PDFName.of('Link')) {
      if (kids.size() === 0) detach(doc, elemRef, elem);
    } else elem.delete(PDFName.of('Alt')); // the field's description, on a cell that is now an empty box
  }
}

/**
 * Fillable variant: each marker link's place in the tree becomes the `Form` element of the
 * widget put over it (a `Link` element is renamed; in another element, such as a table
 * cell, a `Form` element takes the reference's place), and the widget gets the key.
 * @param doc the loaded document (changed in place)
 * @param fields where each marker link sat, and the widget annotation that replaced it
 */
export function tagFields(doc: PDFDocument, fields: { mark: MarkTag; widget: PDFRef }[]): void {
  for (const { mark, widget } of fields) {
    const entry = entryOf(doc, mark.structParent);
    const elemRef = entry?.nums.get(entry.index);
    const elem = elemRef ? doc.context.lookupMaybe(elemRef, PDFDict) : undefined;
    if (!entry || !elem || !(elemRef instanceof PDFRef)) continue;
    const kids = kidsOf(doc, elem);
    const at = objrIndex(doc, kids, mark.annotation);
    if (at < 0) continue;
    const objr = doc.context.lookup(kids.get(at), PDFDict);
    objr.set(PDFName.of('Obj'), widget);
    if (elem.get(PDFName.of('S')) === PDFName.of('Link')) {
      elem.set(PDFName.of('S'), PDFName.of('Form'));
    } else {
      // The element's alt text described the field: it moves to the Form element.
      const alt = elem.get(PDFName.of('Alt'));
      elem.delete(PDFName.of('Alt'));
      const form = doc.context.register(doc.context.obj({ S: 'Form', P: elemRef, K: [objr], ...(alt ? { Alt: alt } : {}) }));
      kids.set(at, form);
      entry.nums.set(entry.index, form);
    }
    doc.context.lookup(widget, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(mark.structParent));
  }
}
