/**
 * Stage `manifest`: write the manifest of the output folder, without the entries whose
 * file is gone (deleted by hand or by `--clean`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeManifest } from '../../output/manifest.js';
import type { BuildStage } from './stage.js';
import type { WithManifest } from './unchanged.js';

/** Write the manifest. */
export const writeBuildManifest: BuildStage<WithManifest, object> = {
  name: 'manifest',
  inCheck: false,
  run({ manifest }, session) {
    const { paths } = session;
    for (const out of Object.keys(manifest.outputs)) if (!existsSync(resolve(paths.output, out))) delete manifest.outputs[out];
    writeManifest(paths.output, manifest);
    return {};
  },
};
