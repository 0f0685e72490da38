// Which link targets a narrative may carry: http, https and mailto, and relative ones (which stay
// on the app's own origin). Anything else (javascript:, data:, vbscript:, file:) is dropped.

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True for http, https and mailto URLs and for relative ones. Browsers ignore ASCII whitespace
 * and control characters inside a scheme ("java\tscript:"), so those are dropped before looking.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}
