/**
 * The print-shop file of an output: CMYK PDF/X-3 with the FOGRA39 output intent, neutral
 * colours on black ink only, fonts embedded, page boxes kept (Ghostscript keeps TrimBox and
 * BleedBox). Data in, bytes out; the temporary files live in a folder removed afterwards.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGhostscript, type Ghostscript } from './ghostscript.js';
import { neutralsToGray } from './neutral-colours.js';
import { rewriteContentStreams } from './rewrite-content.js';

/** The output condition the print files declare. */
export const OUTPUT_CONDITION = {
  identifier: 'FOGRA39',
  condition: 'Offset printing on coated paper (ISO 12647-2:2004, FOGRA39)',
};

/**
 * Ghostscript's file identifier (/ID) depends on the time and the temporary path: make it a
 * digest of the input instead (same length, so the cross-reference offsets stay right).
 */
function withStableId(printed: Uint8Array, input: Uint8Array): Uint8Array {
  const text = Buffer.from(printed).toString('latin1');
  const id = createHash('md5').update(input).digest('hex').toUpperCase();
  const out = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]/g, (m, a: string, b: string) => m.replace(a, id).replace(b, id));
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A PostScript string: a literal for ASCII, otherwise UTF-16BE with a byte-order mark (pdfmark takes both). */
const psString = (s: string) => {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
};

/** Ghostscript's PDFX_def.ps with our profile, condition and title filled in. */
function pdfxDefinition(template: string, profile: string, title: string): string {
  return template
    .replace(/\/Title \(Title\)/, `/Title ${psString(title)}`)
    .replace(/\/ICCProfile \([^)]*\) def/, `/ICCProfile ${psString(profile)} def`)
    .replace(/\/OutputCondition \([^)]*\)/, `/OutputCondition ${psString(OUTPUT_CONDITION.condition)}`)
    .replace(/\/OutputConditionIdentifier \([^)]*\)/, `/OutputConditionIdentifier ${psString(OUTPUT_CONDITION.identifier)}`);
}

/**
 * @param pdf the rendered (RGB) PDF
 * @param title the document title, for the file's metadata
 * @param profile the CMYK output profile (assets/icc/FOGRA39-drukklaar.icc)
 * @param gs Ghostscript (findGhostscript)
 * @param date the build's date, for the file's dates (same inputs, same bytes)
 * @param timeoutMs how long Ghostscript may take
 */
export async function makePrintFile(pdf: Uint8Array, title: string, profile: string, gs: Ghostscript, date?: Date, timeoutMs = 60_000): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'drukklaar-print-'));
  try {
    // Ghostscript converts with the default_cmyk.icc of the profile folder it is given,
    // whatever profile the template declares: put ours there, beside its other ones.
    for (const f of readdirSync(gs.iccprofiles)) copyFileSync(join(gs.iccprofiles, f), join(dir, f));
    copyFileSync(profile, join(dir, 'default_cmyk.icc'));
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.pdf');
    const definition = join(dir, 'PDFX_def.ps');
    writeFileSync(input, await rewriteContentStreams(pdf, neutralsToGray));
    writeFileSync(definition, pdfxDefinition(readFileSync(join(gs.lib, 'PDFX_def.ps'), 'latin1'), join(dir, 'default_cmyk.icc'), title), 'latin1');
    await runGhostscript(
      gs,
      ['-dPDFX', '-sDEVICE=pdfwrite', '-sColorConversionStrategy=CMYK', '-sProcessColorModel=DeviceCMYK', `--permit-file-read=${dir}/`, `-sICCProfilesDir=${dir}/`, `-sOutputFile=${output}`, definition, input],
      timeoutMs,
      date,
    );
    return withStableId(new Uint8Array(readFileSync(output)), pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
