// Compiled with `tsc --strict --module nodenext`: a CommonJS TypeScript caller gets deboil's types.
import deboil = require('deboil');

const article: deboil.Article = deboil.clean('<p>x</p>', { inputKind: 'html' });
const title: string | null = article.title;
const error: deboil.DeboilError | null = null;
export const result = { title, error };
