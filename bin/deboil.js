#!/usr/bin/env node
// The CLI bundled into a few files (npm run build): loading ~260 modules one by one was most of a small page's start-up.
import { runCli } from '../dist/bin/main.js';

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
