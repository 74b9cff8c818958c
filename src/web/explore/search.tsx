// Search as you type, over people, organizations, events and quotes: the
// `search` query (typo tolerant on the server), a moment after the last key.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { request } from './api.ts';
import type { ExploreSearchQuery } from './gql/graphql.ts';
import { searchQuery } from './operations.ts';
import { navigate, pageOf } from './router.tsx';
import { Snippet, words } from './text.tsx';

type Edge = ExploreSearchQuery['search']['edges'][number];
type Found =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; edges: Edge[]; total: number };

const typeLabel: Record<string, string> = { Person: 'person', Organization: 'organization', Event: 'event', Statement: 'quote' };

function resultTitle(node: Edge['node']): string {
  switch (node.__typename) {
    case 'Person':
    case 'Organization':
    case 'Event':
      return node.name;
    case 'Statement':
      return node.speaker && 'name' in node.speaker ? `${node.speaker.name}:` : 'Unattributed:';
    default:
      return '';
  }
}

function resultPath(node: Edge['node']): string | null {
  return 'id' in node ? pageOf(node.__typename, node.id) : null;
}

function resultDetail(node: Edge['node']): string {
  if (node.__typename === 'Person') return node.description ?? '';
  if (node.__typename === 'Organization') return words(node.kind);
  return '';
}

export function SearchBox({ autoFocus = false, onPick }: { autoFocus?: boolean; onPick?: (node: Edge['node']) => void }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const asked = useRef(0);
  const listId = useId();

  useEffect(() => {
    if (!text.trim()) {
      setFound({ state: 'idle' });
      return;
    }
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      setFound({ state: 'loading' });
      request(searchQuery, { query: text.slice(0, 200) }).then(
        (data) => ask === asked.current && setFound({ state: 'done', edges: data.search.edges, total: data.search.totalCount }),
        (error: Error) => ask === asked.current && setFound({ state: 'error', message: error.message }),
      );
    }, 180);
    return () => clearTimeout(timer);
  }, [text]);

  const edges = found.state === 'done' ? found.edges.filter((edge) => resultPath(edge.node)) : [];
  const pick = (edge: Edge | undefined) => {
    if (!edge) return;
    setOpen(false);
    if (onPick) {
      onPick(edge.node);
      setText('');
    } else {
      const to = resultPath(edge.node);
      if (to) navigate(to);
    }
  };
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, edges.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') pick(edges[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        placeholder="Search people, events, quotes…"
        aria-label="Search"
        aria-controls={listId}
        aria-expanded={open && found.state !== 'idle'}
        role="combobox"
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: the search is what the home page is for.
        autoFocus={autoFocus}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys}
      />
      {open && found.state !== 'idle' ? (
        <div className="results" id={listId}>
          {found.state === 'loading' ? <p className="loading">Searching…</p> : null}
          {found.state === 'error' ? <p className="failure">{found.message}</p> : null}
          {found.state === 'done' && !edges.length ? <p className="muted">Nothing found for “{text}”.</p> : null}
          {edges.length ? (
            <ul>
              {edges.map((edge, index) => {
                const detail = resultDetail(edge.node);
                return (
                  <li key={'id' in edge.node ? edge.node.id : index}>
                    <button
                      type="button"
                      className={`result${index === active ? ' active' : ''}`}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => pick(edge)}
                    >
                      <span className={`badge badge-${edge.node.__typename.toLowerCase()}`}>{typeLabel[edge.node.__typename]}</span>
                      <span className="result-body">
                        <span className="result-title">{resultTitle(edge.node)}</span>
                        {detail ? <span className="result-detail">{detail}</span> : null}
                        <Snippet html={edge.snippet} />
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
