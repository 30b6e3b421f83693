/**
 * Ghostscript (Debian's `ghostscript`, a system package) converts a PDF to CMYK PDF/X-3
 * with an output intent. Found on the PATH; run with -dSAFER, absolute paths, reading only
 * the profile folder, and a time limit.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Ghostscript is, with the folder of its own library files. */
export interface Ghostscript {
  bin: string;
  /** Ghostscript's `lib/` (it has the PDFX_def.ps template). */
  lib: string;
  /** Ghostscript's own ICC profiles (gray and RGB defaults). */
  iccprofiles: string;
}

/** Ghostscript on this machine, or undefined. */
export function findGhostscript(env: NodeJS.ProcessEnv = process.env): Ghostscript | undefined {
  const bin = (env.PATH ?? '').split(delimiter).map((d) => join(d, 'gs')).find((p) => existsSync(p));
  if (!bin) return undefined;
  for (const share of ['/usr/share/ghostscript', '/usr/local/share/ghostscript', '/opt/homebrew/share/ghostscript']) {
    if (!existsSync(share)) continue;
    for (const version of readdirSync(share).sort().reverse()) {
      const lib = join(share, version, 'lib');
      const iccprofiles = join(share, version, 'iccprofiles');
      if (existsSync(join(lib, 'PDFX_def.ps')) && existsSync(iccprofiles)) return { bin, lib, iccprofiles };
    }
  }
  return undefined;
}

/**
 * Run Ghostscript; rejects with its own message on failure or after `timeoutMs`.
 * @param args arguments (absolute paths only)
 * @param date the date to give the file (default: now)
 */
export function runGhostscript(gs: Ghostscript, args: string[], timeoutMs: number, date?: Date): Promise<void> {
  // SOURCE_DATE_EPOCH (reproducible-builds.org) makes Ghostscript date the file by the build.
  const env = date ? { ...process.env, SOURCE_DATE_EPOCH: String(Math.floor(date.getTime() / 1000)) } : process.env;
  return new Promise((resolve, reject) => {
    execFile(gs.bin, ['-dSAFER', '-dBATCH', '-dNOPAUSE', '-dQUIET', ...args], { timeout: timeoutMs, maxBuffer: 4 << 20, env }, (error, stdout, stderr) => {
      if (!error) return resolve();
      const said = `${stderr}\n${stdout}`.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ');
      reject(new Error(error.killed ? `Ghostscript took longer than ${timeoutMs / 1000} s` : said || error.message));
    });
  });
}
