// Shareable URLs with the History API: every view is a path under /explore,
// links push a new entry, and back and forward re-render from the address.
import { type MouseEvent, type ReactNode, useEffect, useState } from 'react';

export const base = '/explore';

export type Route =
  | { page: 'home' }
  | { page: 'event' | 'person' | 'organization' | 'statement'; id: string }
  | { page: 'graph'; params: URLSearchParams }
  | { page: 'missing' };

export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const [, page, id, extra] = rest.split('/');
  if (!page) return { page: 'home' };
  if (page === 'graph' && !id) return { page: 'graph', params: new URLSearchParams(search) };
  if ((page === 'event' || page === 'person' || page === 'organization' || page === 'statement') && id && extra === undefined) {
    try {
      return { page, id: decodeURIComponent(id) };
    } catch {
      return { page: 'missing' };
    }
  }
  return { page: 'missing' };
}

/** The path of an entity's page, by its GraphQL type name; null for types without one. */
export function pageOf(typename: string, id: string): string | null {
  const page = { Person: 'person', Organization: 'organization', Event: 'event', Statement: 'statement' }[typename];
  return page ? `${base}/${page}/${encodeURIComponent(id)}` : null;
}

export function graphPath(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value) ? value.length : value) search.set(name, Array.isArray(value) ? value.join(',') : (value as string));
  }
  const text = search.toString();
  return `${base}/graph${text ? `?${text}` : ''}`;
}

const listeners = new Set<() => void>();

export function navigate(to: string, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): { pathname: string; search: string } {
  const [where, setWhere] = useState({ pathname: location.pathname, search: location.search });
  useEffect(() => {
    const update = () => setWhere({ pathname: location.pathname, search: location.search });
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return where;
}

/** A link that changes the page without reloading it (and still opens in a new tab with a modifier key). */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} className={className}>
      {children}
    </a>
  );
}
