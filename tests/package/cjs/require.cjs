// A CommonJS caller: `require('deboil')` resolves through the package's own exports (self-reference).
const { clean, DeboilError } = require('deboil');
const article = clean(
  '<html><head><title>Plain title</title></head><body><article><p>' +
    'A sentence of body text. '.repeat(8) +
    '</p></article></body></html>',
);
let code = null;
try {
  clean('', { maxBytes: -1 });
} catch (error) {
  code = error instanceof DeboilError ? error.code : 'other';
}
process.stdout.write(JSON.stringify({ title: article.title, hasBody: article.body.length > 0, code }));
