/**
 * The optional project configuration, `drukklaar.yml` at the project root. Today it holds
 * one thing: the hosts a build may fetch remote images (logos) from. Without it, a build
 * never touches the network.
 *
 * ```yaml
 * remoteImages:
 *   allow: [cdn.onzeschool.example]   # exact host names
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { validateFrontMatter } from '../schema/validate.js';
import { parseYaml } from '../source/front-matter.js';
import { decodeSource } from '../source/read-source.js';

export const CONFIG_FILE = 'drukklaar.yml';

const configSchema = z
  .object({
    remoteImages: z
      .object({
        allow: z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name such as cdn.school.example')).default([]),
      })
      .strict()
      .default({ allow: [] }),
    /** Print-shop files with every build (as `build --pdfx`). */
    print: z.object({ pdfx: z.boolean().default(false) }).strict().default({ pdfx: false }),
  })
  .strict();

export type ProjectConfig = z.infer<typeof configSchema>;

export const defaultConfig: ProjectConfig = { remoteImages: { allow: [] }, print: { pdfx: false } };

/** drukklaar.yml as read: the configuration, its problems, and its text (for code frames). */
export interface LoadedConfig {
  config: ProjectConfig;
  diagnostics: Diagnostic[];
  source?: string;
}

/** Read and validate drukklaar.yml; a missing file is the default configuration. */
export function loadProjectConfig(root: string): LoadedConfig {
  const abs = resolve(root, CONFIG_FILE);
  if (!existsSync(abs)) return { config: defaultConfig, diagnostics: [] };
  const decoded = decodeSource(CONFIG_FILE, readFileSync(abs));
  if (!decoded.ok) return { config: defaultConfig, diagnostics: decoded.diagnostics };
  const yaml = parseYaml(CONFIG_FILE, decoded.source.text);
  if (!yaml.ok) return { config: defaultConfig, diagnostics: yaml.diagnostics, source: decoded.source.text };
  const valid = validateFrontMatter(configSchema, { data: yaml.data, locate: yaml.locate, body: '', bodyLine: 1 }, CONFIG_FILE);
  if (!valid.ok) return { config: defaultConfig, diagnostics: valid.diagnostics, source: decoded.source.text };
  return { config: valid.value, diagnostics: [], source: decoded.source.text };
}
