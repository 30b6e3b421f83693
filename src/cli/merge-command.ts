import { resolve } from 'node:path';
import { writeCatalogueForOutput } from '../catalogue/write-catalogue.js';
import { diag } from '../diagnostics/errors.js';
import { formatShort } from '../diagnostics/format.js';
import { mergeShards } from '../output/merge-manifests.js';
import { projectRoot, type CliIO } from './io.js';

/** `merge dir-1 dir-2 … --out output`: unite shard outputs and their manifests. */
export async function runMerge(args: { dirs: string[]; out?: string }, io: CliIO): Promise<number> {
  if (!args.dirs.length) {
    io.stderr.write(formatShort(diag('UsageInvalid', { reason: 'mergeWithoutFolders' })) + '\n');
    return 2;
  }
  const outDir = args.out ? resolve(io.cwd, args.out) : resolve(projectRoot(io), 'output');
  const r = mergeShards(args.dirs.map((d) => resolve(io.cwd, d)), outDir, args.dirs);
  if (r.refused) {
    io.stderr.write(formatShort(r.refused) + '\n');
    io.stderr.write(`nothing was merged into ${outDir}\n`);
    return 1;
  }
  for (const m of r.missing) io.stderr.write(formatShort(diag('AssetMissing', { what: 'the shard output', path: m, asset: 'shardOutput' })) + '\n');
  io.stderr.write(`merged ${r.merged} outputs into ${outDir}\n`);
  // The shards' catalogues each list a part: write one for the merged folder.
  const catalogue = await writeCatalogueForOutput(projectRoot(io), outDir);
  for (const d of catalogue.diagnostics) io.stderr.write(formatShort(d) + '\n');
  return r.missing.length || catalogue.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
