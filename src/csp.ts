// The app's Content Security Policy, in one place: vite.config.ts puts it in index.html as a <meta>
// (in force wherever the built files are served) and sends it as a header from `vite preview`.
// Scenario files come from anyone, so: no inline script and no eval (a file's text can never run),
// nothing loaded or fetched from another origin (an image link in a narrative is no tracking
// pixel), no frames, plugins or <base>. Inline styles are allowed: charts set style attributes.

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy as a <meta http-equiv> carries it. */
export const CSP_META = policy(DIRECTIVES);

/**
 * The policy as a response header: the same, plus frame-ancestors, which browsers honour only in a
 * header (in a <meta> they ignore it and log an error). A header also reaches the engine worker:
 * a worker loaded from a URL takes its policy from its own response, not from the page's <meta>.
 * A host that serves the files without this header leaves the worker unrestricted; it runs only
 * the bundled engine, which parses files with JSON.parse and never evaluates their text.
 */
export const CSP_HEADER = policy({ ...DIRECTIVES, 'frame-ancestors': "'none'" });
