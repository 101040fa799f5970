#!/usr/bin/env node
// Runs the TypeScript CLI straight from the repository: tsx compiles on the fly,
// so `npx policy-lens` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
