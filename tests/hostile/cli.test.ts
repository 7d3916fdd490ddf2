import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ErrorRecordSchema } from '../../src/index.js';
import { BIN, FIXTURES } from '../helpers.js';

// What a user sees from the built CLI on bad input: exit 1, one stderr line naming the file, the reason
// and the code, then a hint; in a batch, one record per input and no hang on symlink loops.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'deboil-hostile-cli-'));
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function makeScrape(): string {
  const root = join(dir, 'scrape');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'good.txt'), seed);
  writeFileSync(join(root, 'empty.html'), '');
  writeFileSync(join(root, 'image.html'), PNG_HEAD);
  writeFileSync(join(root, 'api.html'), '{"items": [1, 2, 3]}');
  symlinkSync(join(root, 'gone.html'), join(root, 'dangling.html'));
  symlinkSync(join(root, 'self.html'), join(root, 'self.html')); // a link to itself: ELOOP
  symlinkSync('..', join(root, 'sub', 'up'));
  execFileSync('truncate', ['-s', '200M', join(root, 'sub', 'huge.html')]);
  return root;
}

describe('CLI on bad input', () => {
  const single: { name: string; content: string | Buffer | null; code: string }[] = [
    { name: 'empty.html', content: '', code: 'EMPTY_INPUT' },
    { name: 'blank.txt', content: ' \n\n\t ', code: 'EMPTY_INPUT' },
    { name: 'image.html', content: PNG_HEAD, code: 'NOT_A_PAGE' },
    { name: 'data.html', content: '[{"title": "x"}]', code: 'NOT_A_PAGE' },
    {
      name: 'truncated.html.gz',
      content: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b]),
      code: 'DECODE_FAILED',
    },
    { name: 'no-such-file.html', content: null, code: 'NOT_FOUND' },
  ];
  it.each(single)('$name: exit 1, "file: reason [$code]" and a hint on stderr', ({ name, content, code }) => {
    const path = join(dir, name);
    if (content !== null) writeFileSync(path, content);
    const r = run([path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^deboil: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\[${code}\\]\\n  hint: .+\\n$`));
  });

  it('a 200 MB file is refused at once, with the --max-bytes limit in force', () => {
    const huge = join(dir, 'huge.html');
    execFileSync('truncate', ['-s', '200M', huge]);
    const r = run([huge, '--max-bytes', '1000000']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[TOO_LARGE]');
  });

  it('--encoding forces a character encoding', () => {
    const path = join(dir, 'koi8.html');
    const text = 'Городской совет решил продлить работу библиотеки до десяти часов вечера, сообщила пресс-служба.';
    writeFileSync(path, iconv.encode(`<html><body><p>${text}</p></body></html>`, 'koi8-r'));
    const r = run([path, '--encoding', 'koi8-r', '--compact']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).body).toBe(text);
  });

  it('a scrape with junk, a dangling link, link loops and a huge file: one record per input, no hang', () => {
    const root = makeScrape();
    const out = join(dir, 'out.jsonl');
    const r = run([root, '-o', out, '--quiet']);
    expect(r.status).toBe(1);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const bySource = new Map(records.map((rec) => [rec.source, rec]));
    expect(records).toHaveLength(bySource.size); // no input twice, even through sub/up -> ..
    expect(ArticleSchema.parse(bySource.get(join(root, 'good.txt'))).outlet).toBe('Global Research');
    const codes = Object.fromEntries(
      [...bySource].filter(([, rec]) => rec.error).map(([source, rec]) => [source, ErrorRecordSchema.parse(rec).error.code]),
    );
    expect(codes).toMatchObject({
      [join(root, 'empty.html')]: 'EMPTY_INPUT',
      [join(root, 'image.html')]: 'NOT_A_PAGE',
      [join(root, 'api.html')]: 'NOT_A_PAGE',
      [join(root, 'dangling.html')]: 'NOT_FOUND',
      [join(root, 'self.html')]: 'READ_FAILED',
      [join(root, 'sub', 'huge.html')]: 'TOO_LARGE',
    });
    for (const [source, code] of Object.entries(codes)) if (source.includes('up')) expect(code).toBe('READ_FAILED');
  });
});
