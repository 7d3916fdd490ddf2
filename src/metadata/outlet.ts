/**
 * A readable outlet name from a host name, the last resort: "www.theguardian.com" -> "theguardian.com".
 * We keep the registrable domain rather than inventing capitalisation we cannot know.
 */
export function outletFromHost(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  return h.includes('.') ? h : null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

const SUFFIX_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];

/** Splits "Headline | Outlet" into its parts when the page title carries a site suffix. */
export function splitTitleSuffix(title: string): { headline: string; suffix: string } | null {
  for (const sep of SUFFIX_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0) {
      const headline = title.slice(0, at).trim();
      const suffix = title.slice(at + sep.length).trim();
      if (headline && suffix && suffix.split(/\s+/).length <= 6) return { headline, suffix };
    }
  }
  return null;
}
