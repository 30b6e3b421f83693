/**
 * Process entry: wires signals, runs the CLI, exits with its code. Nothing else.
 */
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';

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
