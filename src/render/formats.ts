/**
 * The output formats, in a module of their own so the CLI's flag parsing can list them without
 * loading the library (zod and the renderers are most of start-up).
 */
export const OUTPUT_FORMATS = ['json', 'markdown', 'html', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The extension of a format's file in --out-dir: what an editor or a browser opens it with. */
export const FORMAT_EXTENSIONS: Record<OutputFormat, string> = { json: '.json', markdown: '.md', html: '.html', text: '.txt' };
