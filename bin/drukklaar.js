#!/usr/bin/env node
// Entry for `npx drukklaar`: production React (no dev-mode memory growth), then the compiled CLI.
process.env.NODE_ENV ??= 'production';
await import('../dist/cli.mjs');
