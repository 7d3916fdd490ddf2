/**
 * `npm run bench -- --structure <corpus-dir>...`: the article structure deboil keeps.
 *
 * For a corpus with a `structure.jsonl` (readability-dev), or a text-dump twin of one
 * (readability-dev-text, readability-dev-innertext: scored against the HTML set's truth), deboil's Markdown `content` is scored by the
 * shared scorer (`<corpus>/../../eval/structure.mjs`, or `--scorer FILE`): precision and recall of
 * heading texts, list-item texts, code blocks (exact), table cells and quotes. For every corpus given,
 * each page's `--content html` is checked against the allow-list of render/html.ts: no element or
 * attribute outside it, and no URL but http(s) (and mailto: in links).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { clean } from '../src/index.js';
import { HTML_ALLOWED } from '../src/render/html.js';
import { readCorpus } from './corpus.js';
import { flagValues } from './flags.js';

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** What in one HTML output falls outside the allow-list, as short descriptions. */
export function allowListViolations(html: string): string[] {
  const problems: string[] = [];
  const stack: AnyNode[] = [...parseDocument(html).children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') continue;
    if (node.type !== 'tag') {
      problems.push(`node:${node.type}`);
      continue;
    }
    const allowed = HTML_ALLOWED[node.name];
    if (!allowed) problems.push(`element:${node.name}`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (!allowed?.includes(name)) problems.push(`attribute:${node.name}[${name}]`);
      if ((name === 'href' || name === 'src') && !SAFE_URL.test(value)) problems.push(`url:${value.slice(0, 40)}`);
      if (name === 'src' && value.toLowerCase().startsWith('mailto:')) problems.push(`url:${value.slice(0, 40)}`);
    }
    stack.push(...node.children);
  }
  return problems;
}

/**
 * Where a corpus's structure truth is: its own `structure.jsonl`, or for a text-dump twin
 * (`readability-dev-text`, `readability-dev-innertext`) its HTML set's, which the dumps were made from.
 */
function structureTruthDir(dir: string): string | null {
  const twin = dir.replace(/[\\/]+$/, '').replace(/-(text|innertext)$/, '');
  for (const candidate of [dir, twin]) if (existsSync(join(candidate, 'structure.jsonl'))) return candidate;
  return null;
}

function scoreStructure(dir: string, truthDir: string, scorer: string): void {
  const preds = readCorpus(dir)
    .filter((p) => p.page)
    .map(({ truth, page }) => {
      try {
        return { id: truth.id, content: clean((page as { bytes: Buffer }).bytes).content ?? '' };
      } catch {
        return { id: truth.id, content: '' };
      }
    });
  const tmp = mkdtempSync(join(tmpdir(), 'deboil-structure-'));
  try {
    const file = join(tmp, 'preds.jsonl');
    writeFileSync(file, `${preds.map((p) => JSON.stringify(p)).join('\n')}\n`);
    const run = spawnSync(process.execPath, [scorer, truthDir, file, '--worst', '5'], { encoding: 'utf8' });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function checkHtml(dir: string): number {
  let pages = 0;
  let bad = 0;
  for (const { truth, page } of readCorpus(dir)) {
    if (!page) continue;
    let html: string;
    try {
      html = clean(page.bytes, { content: 'html' }).content ?? '';
    } catch {
      continue;
    }
    pages++;
    const problems = allowListViolations(html);
    if (problems.length > 0) {
      bad++;
      console.log(`  ${truth.id}: ${[...new Set(problems)].slice(0, 5).join(', ')}`);
    }
  }
  console.log(`html allow-list: ${pages - bad} of ${pages} pages clean  (${dir})`);
  return bad;
}

export function runStructureBench(argv: readonly string[]): void {
  const flags = flagValues(argv, ['--scorer']);
  const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--scorer');
  if (dirs.length === 0) {
    console.error('usage: npm run bench -- --structure <corpus-dir>... [--scorer structure.mjs]');
    process.exit(2);
  }
  let bad = 0;
  for (const dir of dirs) {
    const scorer = flags.get('--scorer') ?? resolve(dir, '..', '..', 'eval', 'structure.mjs');
    const truthDir = structureTruthDir(dir);
    if (truthDir && existsSync(scorer)) scoreStructure(dir, truthDir, scorer);
    bad += checkHtml(dir);
  }
  if (bad > 0) process.exitCode = 1;
}
