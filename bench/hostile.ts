/**
 * `npm run bench -- --hostile [--mb 1,2,4,8] [--family PATTERN]`: cleans each generated hostile family
 * (tests/hostile/families.ts; PATTERN, a regular expression, picks them by name) at each size in a
 * fresh child process, and prints CPU milliseconds per MB and peak RSS per input MB. Linear time shows as a flat ms/MB column; the child's baseline RSS
 * (Node and deboil loaded, one small page cleaned) is taken off the peak.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { clean } from '../src/index.js';
import { familyNamed, HOSTILE_FAMILIES } from '../tests/hostile/families.js';
import { flagValues } from './flags.js';

export interface HostileMeasure {
  family: string;
  mb: number;
  cpuMs: number;
  /** Peak resident memory above the child's baseline, bytes. */
  peakRss: number;
  inputBytes: number;
}

const MB = 1024 * 1024;

/** In the child: one family at one size. */
function measureHere(name: string, mb: number): HostileMeasure {
  const family = familyNamed(name);
  clean(family.make(16 * 1024), { inputKind: family.inputKind });
  const input = family.make(mb * MB);
  const inputBytes = Buffer.byteLength(input);
  const baseline = process.resourceUsage().maxRSS * 1024;
  const start = process.cpuUsage();
  const article = clean(input, { inputKind: family.inputKind });
  const { user, system } = process.cpuUsage(start);
  if (!article.body.includes(family.keeps)) throw new Error(`${name} lost its text at ${mb} MB`);
  const peakRss = Math.max(0, process.resourceUsage().maxRSS * 1024 - baseline);
  return { family: name, mb, cpuMs: (user + system) / 1000, peakRss, inputBytes };
}

/** Runs one measure in a fresh Node process, so its peak RSS is its own. */
export function measureInChild(name: string, mb: number): HostileMeasure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--hostile-child', name, String(mb)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as HostileMeasure;
}

export function runHostileBench(argv: readonly string[]): void {
  const values = flagValues(argv, ['--mb', '--family']);
  const sizes = (values.get('--mb') ?? '1,2,4,8').split(',').map(Number);
  const pattern = values.get('--family');
  const only = pattern === undefined ? null : new RegExp(pattern);
  console.log(`${'family'.padEnd(22)} ${sizes.map((mb) => `${mb} MB: ms/MB  RSS/MB`.padStart(22)).join(' ')}`);
  for (const family of HOSTILE_FAMILIES) {
    if (only && !only.test(family.name)) continue;
    const cells = sizes.map((mb) => {
      const m = measureInChild(family.name, mb);
      const perMb = m.inputBytes / MB;
      return `${(m.cpuMs / perMb).toFixed(0).padStart(12)} ${(m.peakRss / m.inputBytes).toFixed(1).padStart(6)}x`.padStart(22);
    });
    console.log(`${family.name.padEnd(22)} ${cells.join(' ')}`);
  }
}

const childAt = process.argv.indexOf('--hostile-child');
if (childAt >= 0) {
  const [name, mb] = process.argv.slice(childAt + 1);
  process.stdout.write(JSON.stringify(measureHere(name as string, Number(mb))));
}
