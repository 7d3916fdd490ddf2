#!/usr/bin/env node
// Writes the legacy-encoded fixtures under fixtures/encodings/ from fixtures/encodings/samples.json.
// Run it after editing samples.json: `node scripts/make-encoding-fixtures.mjs`. The bytes are committed,
// so the tests never depend on this script or on iconv-lite producing the same output later.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'encodings');
const samples = JSON.parse(readFileSync(join(dir, 'samples.json'), 'utf8'));

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(text, declare) {
  const paragraphs = text.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html>
<head>
${declare ?? ''}
<title>${escapeHtml(text.title)}</title>
</head>
<body>
<article>
<h1>${escapeHtml(text.title)}</h1>
${paragraphs}
</article>
</body>
</html>
`;
}

// A text dump: headline, a blank line, then one paragraph per line, as html-to-text tools write them.
const dump = (text) => `${text.title}\n\n${text.paragraphs.join('\n\n')}\n`;

for (const entry of samples.files) {
  const text = samples.texts[entry.text];
  const source = entry.kind === 'text' ? dump(text) : page(text, entry.declare);
  const bytes = iconv.encode(source, entry.encoding, { addBOM: Boolean(entry.bom) });
  // The round trip proves every character exists in the target encoding (iconv-lite would write '?').
  if (iconv.decode(bytes, entry.encoding, { stripBOM: true }) !== source) {
    throw new Error(`${entry.file}: the text does not fit in ${entry.encoding}`);
  }
  writeFileSync(join(dir, entry.file), bytes);
  console.log(`${entry.file}: ${bytes.length} bytes`);
}
