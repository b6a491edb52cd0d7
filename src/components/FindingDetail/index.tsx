import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {Finding} from '../../schemas/finding';
import type {Subject} from '../../schemas/subject';
import type {LensQuestionProp} from '../../plugin/props';
import {SEVERITY_LABELS} from '../Badges';
import {LinkedText} from '../LinkedText';
import {acceptanceExpired, lensQuestionHref, locationHref, locationLabel} from './links';
import styles from './styles.module.css';

const EFFORT_LABELS = {S: 'S (days)', M: 'M (weeks)', L: 'L (a quarter or more)'} as const;

/** Review URLs are https: or site-relative; site links go through Link, which adds the base URL. */
function Href({to, children}: {to: string; children: React.ReactNode}): React.JSX.Element {
  return to.startsWith('/') || to.startsWith('#') ? <Link to={to}>{children}</Link> : <a href={to}>{children}</a>;
}

export interface FindingDetailProps {
  finding: Finding;
  subject: Subject;
  /** The version's date: an acceptance that ends before it is marked expired. */
  versionDate: string;
  lensQuestions: Record<string, LensQuestionProp>;
  /** Where another finding of this version is; on a review page its row (the default), elsewhere its own page. */
  findingHref?: (id: string) => string;
  /** Finding ids that `findingHref` can reach: in the text, these become links. */
  linkableIds?: ReadonlySet<string>;
  /** Whether to say that the finding ended here (retired or replaced); a page that already says so prominently need not. */
  showEnded?: boolean;
  /** The level of the detail's labels, one below the heading it sits under: h3 in a review's findings (under h2), h2 on a finding's own page (under h1). */
  labelLevel?: 'h2' | 'h3';
}

/** Everything a finding says beyond its table row: why, what to do about it, where it is and who owns it. */
export function FindingDetail({finding: f, subject, versionDate, lensQuestions, findingHref = (id) => `#${id}`, linkableIds, showEnded = true, labelLevel: Label = 'h3'}: FindingDetailProps): React.JSX.Element {
  const options = f.remediation?.options ?? [];
  // Plain text fields, with their `code`, links and the ids of other findings shown as such.
  const t = (text: string) => <LinkedText text={text} {...(linkableIds ? {findings: {ids: linkableIds, href: findingHref}} : {})} />;
  return (
    <div className={styles.detail}>
      {showEnded && f.retired !== undefined ? (
        <p className={styles.note}>
          Retired in this version: {t(f.retired)}
        </p>
      ) : null}
      {showEnded && f.replacedBy ? (
        <p className={styles.note}>
          Replaced in this version by{' '}
          {f.replacedBy.map((id, i) => (
            <span key={id}>
              {i ? ', ' : ''}
              <Href to={findingHref(id)}>{id}</Href>
            </span>
          ))}
          .
        </p>
      ) : null}
      <Label className={styles.label}>Why {SEVERITY_LABELS[f.severity].toLowerCase()} severity</Label>
      <p>
        {t(f.rationale)}
      </p>

      {f.resolution ? (
        <p className={clsx(styles.note, styles.resolved)}>
          <strong>Resolved</strong> (recorded in v{f.resolution.version}): {t(f.resolution.how)}
          {f.resolution.link ? (
            <>
              {' '}
              <Href to={f.resolution.link}>The change</Href>.
            </>
          ) : null}
        </p>
      ) : null}
      {f.acceptance ? (
        <p className={styles.note}>
          <strong>Accepted</strong> by {f.acceptance.by} until <time dateTime={f.acceptance.until}>{f.acceptance.until}</time>
          {acceptanceExpired({until: f.acceptance.until, asOf: versionDate}) ? <strong className={styles.expired}> (expired before this version, {versionDate})</strong> : null}: {t(f.acceptance.reason)}
        </p>
      ) : null}

      {options.length ? (
        <>
          <Label className={styles.label}>Remediation options</Label>
          <ul className={styles.options}>
            {options.map((o) => (
              <li key={o.title} className={clsx(styles.option, o.recommended && styles.recommended)}>
                {o.recommended ? <span className={styles.flag}>★ Recommended</span> : null}
                <strong className={styles.optionTitle}>{o.title}</strong>
                {o.description ? (
                  <p>
                    {t(o.description)}
                  </p>
                ) : null}
                <dl className={styles.facts}>
                  <dt>Effort</dt>
                  <dd>{EFFORT_LABELS[o.effort]}</dd>
                  <dt>Trade-off</dt>
                  <dd>
                    {t(o.tradeoff)}
                  </dd>
                  {o.services.length ? (
                    <>
                      <dt>Services</dt>
                      <dd>{o.services.join(', ')}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <div className={styles.columns}>
        {f.locations.length ? (
          <section>
            <Label className={styles.label}>{subject.kind === 'repository' ? `Where, at ${subject.commit.slice(0, 12)}` : 'Where, in the design'}</Label>
            <ul className={styles.plain}>
              {f.locations.map((loc) => {
                const target = locationHref({subject, location: loc});
                const label = <code>{locationLabel(loc)}</code>;
                return (
                  <li key={locationLabel(loc) + (loc.note ?? '')}>
                    {target ? target.internal ? <Link to={target.href}>{label}</Link> : <a href={target.href}>{label}</a> : label}
                    {loc.note ? (
                      <span className={styles.muted}>
                        {' '}
                        {t(loc.note)}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        {f.lensRefs.length ? (
          <section>
            <Label className={styles.label}>Lens questions</Label>
            <ul className={styles.plain}>
              {f.lensRefs.map((ref) => {
                const q = lensQuestions[ref];
                const href = q && lensQuestionHref(ref);
                return (
                  <li key={ref}>
                    {href ? <Link to={href}>{ref}</Link> : <code>{ref}</code>}
                    {q ? <span className={styles.muted}> {q.title}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
      </div>
      {f.owner || f.tracking ? (
        <p className={styles.owner}>
          {f.owner ? <>Owner: {f.owner}. </> : null}
          {f.tracking ? <Href to={f.tracking}>Tracking issue</Href> : null}
        </p>
      ) : null}
    </div>
  );
}
