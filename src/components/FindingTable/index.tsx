import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {useEffect, useMemo, useState, type ReactNode} from 'react';
import type {LensQuestionProp} from '../../plugin/props';
import type {Finding} from '../../schemas/finding';
import {splitLensRef} from '../../schemas/lens-ref';
import {PILLAR_LABELS} from '../../schemas/vocab';
import {SeverityBadge, StatusBadge} from '../Badges';
import {FindingFilters} from '../FindingFilters';
import {facetCounts, isFiltered, matchesFilters, NO_FILTERS, parseFilters, shownStatus, sortFindings, withFilters, type FindingFilters as Filters} from './filters';
import styles from './styles.module.css';

export interface FindingTableProps {
  findings: readonly Finding[];
  /** Ids with a page at /findings/<ID>/ (published at least once); others are not linked. */
  findingPages: readonly string[];
  lensQuestions: Record<string, LensQuestionProp>;
  /** The expandable detail of a finding, under its row. */
  detail: (finding: Finding) => ReactNode;
}

/** The finding id named by the URL's hash, if it is one of ours. */
function hashTarget(ids: ReadonlySet<string>): string | undefined {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return ids.has(id) ? id : undefined;
}

function summaryHint(f: Finding): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [`why ${f.severity}`, f.remediation && n(f.remediation.options.length, 'remediation option'), f.locations.length && n(f.locations.length, 'location'), f.owner && 'owner'].filter(Boolean).join(', ');
}

/**
 * The findings of a version, highest severity first, filterable by pillar, severity, status and service. The
 * filters live in the URL query, read after mount (the server renders every row, so the first client render must
 * too) and written with history.replaceState. Each row is the `#<ID>` anchor; its detail expands under it.
 */
export function FindingTable({findings, findingPages, lensQuestions, detail}: FindingTableProps): React.JSX.Element {
  const rows = useMemo(() => sortFindings(findings), [findings]);
  const ids = useMemo(() => new Set(findings.map((f) => f.id)), [findings]);
  const pages = useMemo(() => new Set(findingPages), [findingPages]);
  const counts = useMemo(() => facetCounts(findings), [findings]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [target, setTarget] = useState<string>();
  const [scroll, setScroll] = useState(0);
  const location = useLocation();

  useEffect(() => {
    const reveal = () => {
      const id = hashTarget(ids);
      setTarget(id);
      const details = id && document.getElementById(`${id}-detail`);
      if (details instanceof HTMLDetailsElement) details.open = true;
    };
    const fromUrl = parseFilters(window.location.search);
    setFilters(fromUrl);
    reveal();
    // Rows above the anchor may just have been filtered away: scroll to it again once they are.
    if (window.location.hash && isFiltered(fromUrl)) setScroll((n) => n + 1);
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [location, ids]);

  useEffect(() => {
    if (scroll) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [scroll]);

  const change = (next: Filters) => {
    setFilters(next);
    const {pathname, search, hash} = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${withFilters(search, next)}${hash}`);
  };

  const visible = new Set(rows.filter((f) => matchesFilters(f, filters) || f.id === target));
  return (
    <div className={styles.wrap}>
      <FindingFilters filters={filters} counts={counts} shown={visible.size} total={rows.length} onChange={change} />
      <table className={styles.table}>
        <thead>
          <tr>
            {['ID', 'Finding', 'Pillar', 'Severity', 'Status'].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((f) => (
          <tbody key={f.id} className={styles.finding} hidden={!visible.has(f)} data-finding={f.id}>
            <tr id={f.id} className={styles.row}>
              <td className={styles.id} data-label="ID">
                {pages.has(f.id) ? <Link to={`/findings/${f.id}/`} title={`${f.id}: permalink and history`}>{f.id}</Link> : f.id}
              </td>
              <td className={styles.title}>
                <span className={styles.titleText}>{f.title}</span>
                {f.lensRefs.length || f.services.length ? (
                  <span className={styles.meta}>
                    {f.lensRefs.map((ref) => (
                      <abbr key={ref} className={styles.ref} data-label="Lens" title={lensQuestions[ref] ? `${ref}: ${lensQuestions[ref].title}` : ref}>
                        {splitLensRef(ref)?.question ?? ref}
                      </abbr>
                    ))}
                    {f.services.length ? <span className={styles.services}>{f.services.join(' · ')}</span> : null}
                  </span>
                ) : null}
              </td>
              <td className={styles.pillar} data-label="Pillar">
                {PILLAR_LABELS[f.pillar]}
              </td>
              <td className={styles.severity}>
                <SeverityBadge severity={f.severity} />
              </td>
              <td className={styles.status}>
                <StatusBadge status={shownStatus(f)} />
              </td>
            </tr>
            <tr className={styles.detailRow}>
              <td colSpan={5}>
                <details id={`${f.id}-detail`} className={styles.details}>
                  <summary>
                    Details <span className={styles.hint}>{summaryHint(f)}</span>
                  </summary>
                  {detail(f)}
                </details>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
      {visible.size === 0 ? <p className={styles.empty}>No finding matches these filters.</p> : null}
    </div>
  );
}
