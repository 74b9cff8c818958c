// What every page of the server's own shares: escaping, and a response that
// carries a Content-Security-Policy naming exactly what the page may load.
import { createHash } from 'node:crypto';

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The CSP source that allows one inline <style> or <script> block, and only it. */
export function hashSource(block: string): string {
  return `'sha256-${createHash('sha256').update(block).digest('base64')}'`;
}

/** A CSP from directives; what is not named is refused (default-src 'none'). */
export function contentSecurityPolicy(directives: Record<string, string[]>): string {
  const all = {
    'default-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    ...directives,
  };
  return Object.entries(all)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export function htmlResponse(ResponseClass: typeof Response, status: number, body: string, csp: string): Response {
  return new ResponseClass(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The pages change with the settings and with each build; let the browser revalidate.
      'cache-control': 'no-cache',
    },
  });
}

/** Whether a request is a browser asking for a page, as yoga decides whether to render GraphiQL. */
export function wantsHtml(request: Request): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.headers.get('accept') ?? '').includes('text/html');
}

// One stylesheet for the server's small pages: readable on a phone, dark when the reader's system is.
const style = `:root{color-scheme:light dark;--fg:#1d232a;--muted:#5b6570;--bg:#fbfbfa;--line:#d9dde1;--accent:#b1125f}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8ea;--muted:#a0a8b1;--bg:#15191d;--line:#323a42;--accent:#f27bb4}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{font-size:1.9rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
p{margin:.5rem 0}.lead{color:var(--muted);margin-top:0}
a{color:var(--accent)}a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.button{display:inline-block;margin:1rem 0 .25rem;padding:.6rem 1.1rem;border-radius:.4rem;background:var(--accent);color:var(--bg);font-weight:600;text-decoration:none}
ul{list-style:none;padding:0;margin:0}li{padding:.5rem 0;border-top:1px solid var(--line)}li:last-child{border-bottom:1px solid var(--line)}
code,pre{font:.88rem/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{overflow-x:auto;padding:.75rem;border:1px solid var(--line);border-radius:.4rem}
.note{color:var(--muted);font-size:.92rem}`;

const pagePolicy = contentSecurityPolicy({ 'style-src': [hashSource(style)], 'img-src': ['data:'] });

/** A page with no script and no request beyond itself (the empty icon keeps browsers from asking for /favicon.ico). */
export function simplePage(ResponseClass: typeof Response, status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return htmlResponse(ResponseClass, status, html, pagePolicy);
}
