/**
 * Process entry: wires signals, runs the CLI, exits with its code. Nothing else.
 */
import { setFlagsFromString } from 'node:v8';
import { processIO } from './cli/io.js';
import { main } from './cli/main.js';
import { StopRequested } from './pipeline/stop-requested.js';

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

// A build spends seconds in work that no handler can interrupt (a render, the parse of a long
// document), so a stop request would wait for it. While a build runs the handlers are off and
// the system ends the process at once; nothing is lost: every file is written to a temporary
// name and renamed, the manifest after each output, and the next build sweeps the temporary
// files a stop left and takes over the lock.
const turn = () => new Promise((resolve) => setImmediate(resolve));
const handlersOn = () => {
  for (const sig of signals) process.on(sig, onSignal);
};
/** Hand the signals back to the system, after a signal that already came reached its handler. */
const handlersOff = async () => {
  // A signal that came while this thread was busy waits in libuv's pipe until the loop polls;
  // removing the handlers before that drops it (the build then ran to its end). Two turns of
  // the loop always hold a poll between them: it reaches its handler first.
  await turn();
  await turn();
  for (const sig of signals) process.off(sig, onSignal);
  // libuv gives the signal back to the system when its watcher has closed, which takes one
  // turn of the event loop: work started before that would swallow the signal.
  await turn();
};
/** Writing a file and the manifest that lists it: a stop meanwhile is answered after it, by the handler. */
const protect = async <W>(write: () => Promise<W>): Promise<W> => {
  handlersOn();
  try {
    return await write();
  } finally {
    await handlersOff();
  }
};
const stopAtOnce = async <T>(work: (protectWrites: typeof protect) => Promise<T>): Promise<T> => {
  await handlersOff();
  if (controller.signal.aborted) {
    handlersOn();
    throw new StopRequested();
  }
  try {
    return await work(protect);
  } finally {
    handlersOn();
  }
};

main(process.argv.slice(2), processIO(controller.signal, stopAtOnce)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`drukklaar stopped unexpectedly: ${(e as Error)?.message ?? String(e)}\nThis is a bug; please report it with the command you ran.\n`);
    process.exit(70);
  },
);
