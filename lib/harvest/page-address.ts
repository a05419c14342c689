/**
 * The address a saved page was read from: its canonical link, its og:url, or the "saved from url" comment that
 * browsers write into pages saved as HTML. Only http and https addresses count (the flag schema's rule).
 */

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

const web = (s: string | null | undefined, base?: string): string | null => {
  if (!s) return null;
  try {
    const u = new URL(s.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

/** The page's own address, read from its markup (the first 64 kB of `html` for the saved-from comment), or null. */
export function pageAddress(doc: Document, html: string): string | null {
  const saved = web(SAVED_FROM.exec(html.slice(0, 65_536))?.[1]);
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  // A relative canonical link is relative to where the page was saved from.
  return web(canonical, saved ?? undefined) ?? web(og, saved ?? undefined) ?? saved;
}

/** The address of a file with none of its own: `base` joined with its path under the folder it was found in. */
export function addressUnder(base: string, relative: string): string | null {
  const root = web(base.endsWith('/') ? base : `${base}/`);
  return root ? web(relative.split(/[\\/]/).map(encodeURIComponent).join('/'), root) : null;
}
