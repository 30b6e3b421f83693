/**
 * Process entry: wires signals, runs the CLI, exits with its code. Nothing else.
 */
import { setFlagsFromString } from 'node:v8';
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';

// Rendering makes garbage fast and V8 lets a heap grow up to 4× its live size between full
// collections: a cold build peaked at ~700 MB with ~90 MB live. Growing by at most 20% per
// collection (in this thread and in every worker) keeps the peak low for a few percent of CPU.
// Unlike a heap cap (--max-old-space-size, resourceLimits) this can never run out of memory.
setFlagsFromString('--heap-growing-percent=20');

const controller = new AbortController();
let interrupts = 0;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(`\n${sig === 'SIGINT' ? 'Ctrl-C' : sig}: finishing the file being written, then stopping…\n`);
    controller.abort();
  });
}

main(process.argv.slice(2), processIO(controller.signal)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`drukklaar stopped unexpectedly: ${(e as Error)?.message ?? String(e)}\nThis is a bug; please report it with the command you ran.\n`);
    process.exit(70);
  },
);
