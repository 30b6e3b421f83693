/**
 * Process entry: wires signals, runs the CLI, exits with its code. Nothing else.
 */
import { setFlagsFromString } from 'node:v8';
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';

// Rendering makes garbage fast and V8 lets a heap grow to several times its live size between
// full collections: a cold build of the sample catalogue peaked at ~555 MB with ~90 MB live.
// Growing by at most 50% per collection (in this thread and in every worker) keeps it at
// ~435 MB for ~5% more time (measured: 20% gave 400 MB and +10%, 100% 470 MB and +2%).
// Unlike a heap cap (--max-old-space-size, resourceLimits) this can never run out of memory.
setFlagsFromString('--heap-growing-percent=50');

const controller = new AbortController();
let interrupts = 0;
const signals = ['SIGINT', 'SIGTERM'] as const;
const onSignal = (sig: NodeJS.Signals) => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  process.stderr.write(`\n${sig === 'SIGINT' ? 'Ctrl-C' : sig}: finishing the file being written, then stopping…\n`);
  controller.abort();
};
for (const sig of signals) process.on(sig, onSignal);

// While a render runs in this thread no handler can run, so a stop request would wait for
// the render to end (many seconds for a long document). During it the handlers are off and
// the system ends the process at once; nothing is lost: every file is written to a temporary
// name and renamed, the manifest after each output, and the next build takes over the lock.
let busy = 0;
const stopAtOnce = async <T>(work: () => Promise<T>): Promise<T> => {
  if (busy++ === 0) {
    for (const sig of signals) process.off(sig, onSignal);
    // libuv gives the signal back to the system when its watcher has closed, which takes one
    // turn of the event loop: a render started before that would swallow the signal.
    await new Promise((resolve) => setImmediate(resolve));
  }
  try {
    return await work();
  } finally {
    if (--busy === 0) for (const sig of signals) process.on(sig, onSignal);
  }
};

main(process.argv.slice(2), processIO(controller.signal, stopAtOnce)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`drukklaar stopped unexpectedly: ${(e as Error)?.message ?? String(e)}\nThis is a bug; please report it with the command you ran.\n`);
    process.exit(70);
  },
);
