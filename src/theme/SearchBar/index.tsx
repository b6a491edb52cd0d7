import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import {useCallback, useEffect, useId, useRef, useState} from 'react';
import {decodeEntities, excerptParts} from './excerpt';
import {loadPagefind, type PagefindResultData} from './pagefind';
import styles from './styles.module.css';

/** Results shown at once; the rest are a more precise query away. */
const SHOWN = 8;

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

/**
 * The navbar's search box: full-text search over the latest published version of each review, the finding pages,
 * the lenses and the docs (the pages that mark themselves searchable, src/search/scope.ts), from the index the build
 * writes under /pagefind/. Nothing is fetched from outside the site. Arrow keys move between results, Escape closes.
 */
export default function SearchBar(): React.JSX.Element {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const history = useHistory();
  const id = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const prepare = useCallback(() => {
    if (status !== 'idle') return;
    setStatus('loading');
    loadPagefind(bundleUrl).then(
      () => setStatus('ready'),
      () => setStatus('unavailable'),
    );
  }, [bundleUrl, status]);

  useEffect(() => {
    if (status !== 'ready') return;
    const q = query.trim();
    if (!q) {
      setResults([]);
      setTotal(0);
      return;
    }
    let current = true;
    void (async () => {
      const pagefind = await loadPagefind(bundleUrl);
      const search = await pagefind.debouncedSearch(q, {}, 120);
      if (!search || !current) return;
      const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
      if (!current) return;
      setResults(data);
      setTotal(search.results.length);
    })();
    return () => {
      current = false;
    };
  }, [query, status, bundleUrl]);

  // Ctrl+K or Cmd+K focuses the box from anywhere; a click outside closes the results.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  const links = () => Array.from(list.current?.querySelectorAll('a') ?? []);
  const close = () => {
    setOpen(false);
    input.current?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      setOpen(true);
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.current?.focus();
      else all[at - 1]!.focus();
    } else if (e.key === 'Enter' && e.target === input.current && results[0]) {
      e.preventDefault();
      history.push(results[0].url);
      setOpen(false);
      setQuery('');
    }
  };

  const shown = open && query.trim() !== '';
  return (
    <div ref={root} className={clsx(styles.search, shown && styles.open)} role="search" onKeyDown={onKeyDown} data-pagefind-ignore="all">
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder="Search"
        aria-label="Search reviews, findings, lenses and docs"
        aria-controls={`${id}-results`}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          prepare();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
      />
      <div id={`${id}-results`} className={styles.panel} hidden={!shown}>
        <p className={styles.status} role="status">
          {shown ? statusText({status, total, shown: results.length}) : ''}
        </p>
        {status === 'ready' && results.length ? (
          <ul ref={list} className={styles.results}>
            {results.map((r) => (
              <li key={r.url}>
                <Link
                  to={r.url}
                  className={styles.result}
                  onClick={() => {
                    setOpen(false);
                    setQuery('');
                  }}>
                  <span className={styles.title}>
                    {r.meta.title ?? r.url}
                    {r.meta.kind ? <span className={styles.kind}>{r.meta.kind}</span> : null}
                  </span>
                  <span className={styles.excerpt}>
                    {excerptParts(r.excerpt, decodeEntities).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

function statusText({status, total, shown}: {status: Status; total: number; shown: number}): string {
  if (status === 'loading' || status === 'idle') return 'Loading the search index…';
  if (status === 'unavailable') return 'Search works on the built site: the development server has no index (npm run build, then npm run serve).';
  if (!total) return 'No page matches.';
  return total > shown ? `${total} pages match; the first ${shown} are shown.` : `${total} ${total === 1 ? 'page matches' : 'pages match'}.`;
}
