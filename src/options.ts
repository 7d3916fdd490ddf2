import * as z from 'zod';
import { DeboilError } from './errors.js';
import { encodingForLabel } from './input/prescan.js';
import { OUTPUT_FORMATS } from './render/formats.js';
import { SiteRuleSchema } from './rules/site-rule.js';

/**
 * The one options object, shared by the library and the CLI (the CLI maps its flags onto it).
 * Every field has a default, so `clean(page)` needs none.
 */
export const OptionsSchema = z
  .object({
    /** Add `removed` (every dropped block and the rule that dropped it) and `provenance` (where each field came from). */
    explain: z.boolean().default(false),
    /** The page's address, when the caller knows it better than the page does; used for `url`, host rules and the outlet fallback. */
    url: z.string().url().optional(),
    /**
     * When the page was fetched (ISO 8601). Dates after it are rejected and relative dates ("3 hours ago")
     * resolve against it. `cleanFile` defaults it to the file's modification time; otherwise no upper bound.
     */
    // Only a string, a Date or epoch milliseconds: coercing anything else made `true` mean 1970.
    crawlDate: z
      .union([z.string(), z.number(), z.date()], { error: 'an ISO 8601 date such as 2024-05-16 or 2024-05-16T08:00:00Z' })
      .pipe(z.coerce.date({ error: 'an ISO 8601 date such as 2024-05-16 or 2024-05-16T08:00:00Z' }))
      .optional(),
    /** Force a character encoding (a WHATWG label such as `shift_jis`) instead of sniffing it. */
    encoding: z
      .string()
      .min(1)
      .refine((label) => encodingForLabel(label) !== null, 'an encoding label such as utf-8, windows-1252, shift_jis or gbk')
      .optional(),
    /** Refuse inputs larger than this many bytes (after decompression). */
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    /** `auto` detects HTML or a plain-text dump from the content; force one with `html` or `text`. */
    inputKind: z.enum(['auto', 'html', 'text']).default('auto'),
    /** Per-site rules (see SiteRuleSchema); the most specific domain match applies. */
    rules: z.array(SiteRuleSchema).default([]),
    /** The article's structure in JSON output: `content` as Markdown or HTML, or left out with `none`. */
    content: z.enum(['markdown', 'html', 'none']).default('markdown'),
    /** What `clean` returns: the Article (`json`), or one string: Markdown with front matter, article HTML, or the body text. */
    format: z.enum(OUTPUT_FORMATS).default('json'),
    /** Keep links in `content` (without them, their text stays). */
    links: z.boolean().default(true),
    /** Keep images and figures in `content`. */
    images: z.boolean().default(true),
    /** Keep data tables in `content`. */
    tables: z.boolean().default(true),
    /** Add `comments`: the page's comment section, one string per comment, kept apart from `body` (HTML pages). */
    comments: z.boolean().default(false),
  })
  .strict();

export type Options = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;

export function resolveOptions(options: Options | ResolvedOptions = {}): ResolvedOptions {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
    throw new DeboilError('BAD_OPTIONS', `invalid options: ${detail}`, {
      hint: 'see `deboil --help` or the Options section of the README',
    });
  }
  return parsed.data;
}
