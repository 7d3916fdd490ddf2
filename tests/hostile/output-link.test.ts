import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_PARAGRAPHS, writeSite } from '../batch/site.js';
import { BIN, FIXTURES, readJsonLines, tempDirs } from '../helpers.js';

// `-o` that is a symbolic link is written through: the target holds the finished records (templates
// dropped) and the link stays a link, whatever the run renames into place at its end.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const temp = tempDirs('deboil-hostile-link-');

function linkedOutput(existing: boolean): { link: string; target: string } {
  const dir = temp();
  const target = join(dir, 'run-42.jsonl');
  const link = join(dir, 'latest.jsonl');
  if (existing) writeFileSync(target, '{"source":"stale.html","body":"stale"}\n');
  symlinkSync(target, link);
  return { link, target };
}

describe('-o naming a symbolic link', () => {
  const site = writeSite(join(temp(), 'site'), 6);

  it.each([
    ['--force over an old output', true, ['--force']],
    ['--resume of an old output', true, ['--resume']],
  ])('%s: records go to the target, templates dropped there, the link kept', (_name, existing, flags) => {
    const { link, target } = linkedOutput(existing);
    const r = run([...site, '-o', link, ...flags, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const records = readJsonLines(target);
    const fresh = records.filter((record) => record.source !== 'stale.html');
    expect(fresh).toHaveLength(site.length);
    for (const record of fresh) expect(record.body).not.toContain(TEMPLATE_PARAGRAPHS[0]);
  });

  it('a link to nothing is refused (exit 2, BAD_OPTIONS), nothing created', () => {
    const { link, target } = linkedOutput(false);
    const r = run([...site, '-o', link, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('symbolic link to nothing');
    expect(r.stderr).toContain('[BAD_OPTIONS]');
    expect(() => lstatSync(target)).toThrow();
  });

  it('shard mode commits the finished shard through the link', () => {
    const dir = temp();
    const shard = join(dir, 'shard.jsonl');
    const page = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'), 'utf8');
    writeFileSync(shard, `${JSON.stringify({ id: 'a', text: page })}\n`);
    const { link, target } = linkedOutput(true);
    const r = run([shard, '-o', link, '--force', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readJsonLines(target).map((record) => record.id)).toEqual(['a']);
  });

  it('the link to an input is still refused as -o naming an input', () => {
    const dir = temp();
    const page = join(dir, 'page.txt');
    copyFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'), page);
    const link = join(dir, 'out.jsonl');
    symlinkSync(page, link);
    const r = run([page, join(FIXTURES, 'seed-global-research', 'input.txt'), '-o', link, '--force', '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-o names one of the inputs');
  });
});
