/**
 * Validate front matter against a zod schema and turn every issue into a
 * diagnostic that points at the YAML node it concerns (all issues, not the first).
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { describeValue, type FrontMatter, type PathSegment } from '../source/front-matter.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** A close match among candidates, or undefined when none is close enough to suggest. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const best = closest(word, candidates as string[]);
  // Short words need a closer match: `xx` is not a typo of `ar`.
  const allowed = best.length < 4 ? 1 : Math.max(2, Math.floor(best.length / 3));
  return distance(word, best) <= allowed ? best : undefined;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg as string];
  }
  return v;
}

/** Strip optional/default/nullable wrappers to reach the schema that describes a value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  return s;
}

/** The field names an object schema accepts at a path (for "did you mean"). */
function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let s = unwrap(schema);
  for (const seg of path) {
    if (s instanceof z.ZodObject) s = unwrap(s.shape[String(seg)] as z.ZodType);
    else if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else if (s instanceof z.ZodRecord) s = unwrap(s.valueType as z.ZodType);
    else if (s instanceof z.ZodUnion) {
      const obj = (s.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject || o instanceof z.ZodArray);
      if (!obj) return [];
      s = obj instanceof z.ZodObject ? unwrap(obj.shape[String(seg)] as z.ZodType) : unwrap((obj as z.ZodArray).element as z.ZodType);
    } else return [];
    if (!s) return [];
  }
  if (s instanceof z.ZodUnion) s = (s.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject) ?? s;
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no (true/false)',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
  enum: 'one of the allowed values',
};

function issueToDiagnostic(issue: z.core.$ZodIssue, schema: z.ZodType, fm: FrontMatter, file: string): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.') || '(front matter)';
  const found = valueAt(fm.data, path);
  const span = fm.locate(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => {
        const full = [...path, key];
        return diag(
          'FieldUnknown',
          { field: full.join('.'), suggestion: suggest(key, known), known: known.join(', ') },
          { file, field: full.join('.'), span: fm.locate(full, 'key') },
        );
      });
    }
    case 'invalid_type': {
      if (found === undefined) {
        const leaf = String(path.at(-1) ?? field);
        // A missing key has no node: point at its parent's key, or at the opening `---`.
        const at = path.length > 1 ? fm.locate(path.slice(0, -1), 'key') : { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } };
        return [diag('FieldMissing', { field, leaf, expected: typeWords[issue.expected] ?? issue.expected }, { file, field, span: at })];
      }
      // `title: 2024` or `title: no` is a number or yes/no to YAML: quotes keep it text as written.
      const quote = issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean') ? `YAML reads the value as ${typeof found === 'number' ? 'a number' : 'yes/no'}: put it in double quotes to print it as written, e.g. \`${String(path.at(-1) ?? field)}: "…"\`` : undefined;
      return [
        diag(
          'FieldInvalidType',
          { field, expected: typeWords[issue.expected] ?? issue.expected, found: describeValue(found), hint: quote ?? (issue.message.startsWith('Invalid input') ? undefined : issue.message) },
          { file, field, span },
        ),
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const suggestion = typeof found === 'string' ? suggest(found, allowed) : undefined;
      return [
        diag(
          'FieldInvalidValue',
          {
            field,
            reason: 'notOneOf',
            allowed,
            expected: `one of ${allowed.join(', ')}`,
            found: describeValue(found),
            suggestion,
          },
          { file, field, span },
        ),
      ];
    }
    case 'invalid_union': {
      // A form whose type fits the value (a set of fields for `{ title: 2025 }`) says what is
      // wrong inside it; when no form fits, name the forms that would.
      const fitting = issue.errors.find((branch) => branch.length && !branch.some((i) => i.code === 'invalid_type' && !i.path.length));
      if (fitting) return fitting.flatMap((i) => issueToDiagnostic({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue, schema, fm, file));
      const forms = [...new Set(issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' ? [typeWords[i.expected] ?? i.expected] : []))))];
      const expected = forms.length ? forms.join(' or ') : issue.message.replace(/^Invalid input:?\s*/, '') || 'another form';
      return [diag('FieldInvalidType', { field, expected, found: describeValue(found) }, { file, field, span })];
    }
    case 'custom': {
      // A schema's own check names its reason in the registry (`params: { reason, ... }`).
      if (issue.params?.reason) {
        const params = { field, ...issue.params, found: describeValue(found) } as Parameters<typeof diag<'FieldInvalidValue'>>[1];
        return [diag('FieldInvalidValue', params, { file, field, span })];
      }
      const detail = issue.message.replace(/^Invalid input:?\s*/i, '');
      return [diag('FieldInvalidValue', { field, reason: 'invalid', cause: detail, found: describeValue(found) }, { file, field, span })];
    }
    default: {
      const detail = issue.message.replace(/^Invalid input:?\s*/i, '');
      return [diag('FieldInvalidValue', { field, reason: 'invalid', cause: detail, found: describeValue(found) }, { file, field, span })];
    }
  }
}

/**
 * Validate parsed front matter.
 * @param schema zod schema of the document kind (strict objects, so unknown fields are reported)
 * @param fm parsed front matter with its locator
 * @param file project-relative path for diagnostics
 */
export function validateFrontMatter<S extends z.ZodType>(schema: S, fm: FrontMatter, file: string): Validated<z.infer<S>> {
  const result = schema.safeParse(fm.data);
  if (result.success) return { ok: true, value: result.data };
  const diagnostics = result.error.issues.flatMap((i) => issueToDiagnostic(i, schema, fm, file));
  // `titel:` for `title:` is one mistake, not two: keep the unknown field with its "did you mean".
  const renamed = new Set(
    diagnostics
      .filter((d) => d.code === 'FieldUnknown' && d.hint?.startsWith('did you mean'))
      .map((d) => `${d.field?.split('.').slice(0, -1).concat(/`([^`]+)`/.exec(d.hint ?? '')?.[1] ?? '').join('.')}`),
  );
  return { ok: false, diagnostics: diagnostics.filter((d) => !(d.code === 'FieldMissing' && renamed.has(d.field ?? ''))) };
}
