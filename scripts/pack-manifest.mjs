#!/usr/bin/env node
/**
 * `strip` (the end of prepack) takes the `prepare` script out of package.json for the tarball;
 * `restore` (postpack) puts the file back as it was. npm lists `prepare` as an install script of a
 * package installed from a tarball, a folder or a git URL, and npm 11 warns that it is not allowed to
 * run; the tarball ships dist/ built, so it has nothing to prepare. In the repository `prepare` stays:
 * it is what builds dist/ on `npm ci` and in a git URL's clone.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = `${manifest}.deboil-pack`;

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const step = process.argv[2];
if (step === 'strip') {
  // A pack that failed before postpack left the stripped file: start again from the original.
  restore();
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === 'restore') restore();
else {
  console.error('usage: pack-manifest.mjs strip|restore');
  process.exit(2);
}
