/**
 * Drops tracking and session parameters from a page address before it leaves the reader's browser in an export:
 * campaign tags (utm_*, fbclid, gclid…) and session ids say nothing about the page and may identify the reader.
 */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ref_src',
  'ref_url',
  'spm',
  'trk',
  'at_campaign',
  'at_medium',
  'sessionid',
  'session_id',
  'sid',
  'phpsessid',
  'jsessionid',
  'aspsessionid',
  'cfid',
  'cftoken',
  'sessid',
  'token',
  'access_token',
  'auth',
  'auth_token',
]);
const TRACKING_PREFIX = /^(utm_|pk_|mtm_|hsa_|vgo_ee|__hs|_branch)/;

/** True for a parameter name that tracks the reader or carries their session. */
export const isTrackingParam = (name: string) => {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIX.test(n);
};

/** The address without tracking and session parameters (and without ;jsessionid= path parameters). */
export function withoutTracking(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.pathname = u.pathname.replace(/;(jsessionid|phpsessid|sid)=[^/]*/gi, '');
  for (const name of [...u.searchParams.keys()]) if (isTrackingParam(name)) u.searchParams.delete(name);
  return u.toString();
}
