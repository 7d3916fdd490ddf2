import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each src folder may not import: the stages' layering (see src/pipeline.ts). */
const SRC = join(import.meta.dirname, '..', 'src');
const DOM_PACKAGES = ['domhandler', 'domutils', 'htmlparser2', 'cheerio', 'cheerio-select', 'parse5', 'jsdom'];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

/** The src-relative folder an import lands in ("html", "metadata", ...), or the package name. */
function targetOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(SRC, join(file, '..', spec)).split('/')[0] as string;
}

describe('layering', () => {
  it('keeps metadata/ free of the DOM: string parsers that the HTML and text readers share', () => {
    const offences = sourcesUnder(join(SRC, 'metadata')).flatMap((file) =>
      importsOf(file)
        .map((spec) => targetOf(file, spec))
        .filter((target) => DOM_PACKAGES.includes(target) || target === 'html' || target === 'text')
        .map((target) => `${relative(SRC, file)} -> ${target}`),
    );
    expect(offences).toEqual([]);
  });

  it('keeps the HTML and text readers apart', () => {
    const crossing = [
      ...sourcesUnder(join(SRC, 'html')).flatMap((file) => importsOf(file).filter((spec) => targetOf(file, spec) === 'text')),
      ...sourcesUnder(join(SRC, 'text')).flatMap((file) =>
        importsOf(file).filter((spec) => targetOf(file, spec) === 'html' || DOM_PACKAGES.includes(spec)),
      ),
    ];
    expect(crossing).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(importsOf(join(SRC, 'html', 'metadata', 'html-metadata.ts'))).toContain('../../metadata/url.js');
  });
});
