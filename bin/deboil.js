#!/usr/bin/env node
// The CLI from its one-file bundle and V8's code cache of it when the build made them, else from its
// ES module chunks (src/cli/boot.ts); either way from `npm run build`'s output, not from src/.
import { loadCli } from '../dist/cli/boot.js';

const argv = process.argv.slice(2);
const runCli = await loadCli(argv);
process.exitCode = await runCli(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
