/** Reads the "sites where On Record never runs" text box: one host per line; URLs are reduced to their host. */

/** Returns the hosts, and an error per line that is not a host, naming the line. */
export function parseSiteList(text: string): { sites: string[]; errors: string[] } {
  const sites: string[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let host = line;
    if (/^[a-z]+:\/\//i.test(line)) {
      try {
        host = new URL(line).hostname;
      } catch {
        host = '';
      }
    }
    host = host.toLowerCase().replace(/^\*\./, '').replace(/\/.*$/, '');
    if (/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) {
      if (!sites.includes(host)) sites.push(host);
    } else errors.push(`Line ${i + 1} (“${line}”) is not a site name.`);
  });
  return { sites, errors };
}
