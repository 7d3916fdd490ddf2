import * as z from 'zod';

/**
 * A per-site rule, for the sites the generic extractor gets wrong. Users pass a JSON array of these with
 * `--rules file.json` (or `rules` in the library options). `domain` matches the page's host and every
 * subdomain of it. `body.select` names the article container(s); `body.drop` removes elements inside it.
 */
export const SiteRuleSchema = z
  .object({
    domain: z
      .string()
      .min(3)
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a host name such as example.com'),
    body: z
      .object({
        select: z.array(z.string().min(1)).default([]),
        drop: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ select: [], drop: [] }),
    title: z.array(z.string().min(1)).optional(),
    date: z.array(z.string().min(1)).optional(),
    author: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type SiteRule = z.infer<typeof SiteRuleSchema>;

export const SiteRulesSchema = z.array(SiteRuleSchema);

/** The rule whose domain is the host or a parent of it; the most specific wins. */
export function ruleForHost(rules: readonly SiteRule[], host: string | null): SiteRule | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase().replace(/^www\./, '');
  let best: SiteRule | undefined;
  for (const rule of rules) {
    const d = rule.domain.toLowerCase().replace(/^www\./, '');
    if ((h === d || h.endsWith(`.${d}`)) && (!best || d.length > best.domain.length)) best = rule;
  }
  return best;
}
