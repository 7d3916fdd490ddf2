/**
 * Addresses: the host a URL names, and hrefs resolved the way a browser resolves them, against the page's
 * `<base>` and its own address.
 */

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Resolves hrefs against the page's `<base>` and address; null when it has neither. */
export type UrlResolver = (href: string) => URL | null;

export function urlResolver(base: string | null, pageUrl: string | null): UrlResolver {
  let root: URL | null = null;
  try {
    root = pageUrl ? new URL(pageUrl) : null;
  } catch {
    root = null;
  }
  try {
    if (base) root = new URL(base, root ?? undefined);
  } catch {
    // A relative <base> on a page without an address resolves nothing.
  }
  return (href) => {
    try {
      return new URL(href.trim(), root ?? undefined);
    } catch {
      return null;
    }
  };
}

// Without a root to resolve against, "//host/path" still names its host: pages are served over https.
const PROTOCOL_RELATIVE = /^\/\/[^/\s]/;
const WEB_PROTOCOL = /^https?:$/;

/**
 * The page's own address from a canonical link, og:url or JSON-LD `url`: absolute, http or https. A
 * relative value ("index.html", "/path/") that nothing resolves is no address at all and gives null, so
 * that the next source is asked rather than a fragment reported as the URL.
 */
export function pageAddress(href: string | null | undefined, resolve: UrlResolver): string | null {
  const value = href?.trim();
  if (!value) return null;
  const url = resolve(value) ?? (PROTOCOL_RELATIVE.test(value) ? resolve(`https:${value}`) : null);
  return url && WEB_PROTOCOL.test(url.protocol) ? url.href : null;
}
