import clsx from 'clsx';
import type {Effect, FindingDiff, FindingEffect, ReviewDiff} from '../../diff/types';
import {PILLAR_LABELS, SEVERITIES} from '../../schemas/vocab';
import {FindingRow, FindingRows as RowList} from '../FindingRow';
import {LinkedText} from '../LinkedText';
import {BodyDiff} from './BodyDiff';
import styles from './styles.module.css';
import {findingChangeWords, metricChangeText} from './words';
import {ScrollRegion} from '../ScrollRegion';

export interface DiffViewProps {
  diff: ReviewDiff;
}

const EFFECT_TEXT: Record<FindingEffect, string> = {better: 'Better', worse: 'Worse', mixed: 'Mixed', neutral: ''};

/** An effect as a word and a glyph; colour only repeats it. */
export function EffectTag({effect}: {effect: FindingEffect}): React.JSX.Element | null {
  if (effect === 'neutral') return null;
  const glyph = effect === 'better' ? '▲' : effect === 'worse' ? '▼' : '◆';
  return (
    <span className={clsx(styles.effect, styles[effect])}>
      <span aria-hidden="true">{glyph}</span> {EFFECT_TEXT[effect]}
    </span>
  );
}

function FindingRows({rows, title}: {rows: FindingDiff[]; title: string}): React.JSX.Element | null {
  if (!rows.length) return null;
  return (
    <section>
      <h3>
        {title} ({rows.length})
      </h3>
      <RowList>
        {rows.map((f) => {
          const s = f.kind === 'absent' ? f.before : f.after;
          return (
            // Better or worse is said of a finding that changed; a new or ended one is already told by its section.
            <FindingRow key={f.id} id={f.id} title={s.title} severity={s.severity} status={s.ended ? 'ended' : s.status} tags={f.kind === 'updated' ? <EffectTag effect={f.effect} /> : null} data={{'data-kind': f.kind}}>
              {f.kind === 'updated' ? (
                <ul className={styles.changes}>
                  {f.changes.map((c) => (
                    <li key={c.field}>
                      {findingChangeWords(c)} <EffectTag effect={c.effect} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {f.kind === 'absent' ? (
                <span className={styles.why}>
                  {f.reason === 'replaced' ? (
                    `Replaced by ${(f.replacedBy ?? []).join(', ')}`
                  ) : f.reason === 'retired' ? (
                    <>
                      Retired: <LinkedText text={f.retired ?? ''} />
                    </>
                  ) : f.reason === 'resolved' ? (
                    'Resolved, no longer listed'
                  ) : (
                    'No longer listed'
                  )}
                  {f.endedIn !== undefined ? ` (v${f.endedIn})` : ''}
                </span>
              ) : null}
              {f.kind === 'new' && f.replaces.length ? <span className={styles.why}>Replaces {f.replaces.join(', ')}</span> : null}
            </FindingRow>
          );
        })}
      </RowList>
    </section>
  );
}

/** What changed between two versions: at a glance first (better, worse, new), then every detail. */
export function DiffView({diff}: DiffViewProps): React.JSX.Element {
  const s = diff.summary;
  const by = (pred: (f: FindingDiff) => boolean) => diff.findings.filter(pred);
  const worse = by((f) => f.kind === 'updated' && (f.effect === 'worse' || f.effect === 'mixed'));
  const better = by((f) => f.kind === 'updated' && f.effect === 'better');
  const other = by((f) => f.kind === 'updated' && f.effect === 'neutral');
  const metrics = diff.metrics.filter((m) => m.kind !== 'unchanged');
  const pillars = diff.pillars.filter((p) => p.changed);
  // Better and worse count changed findings and comparable metrics; the chip says how many of each.
  const split = (n: number, metricsN: number) => (metricsN ? ` (${n - metricsN} finding${n - metricsN === 1 ? '' : 's'}, ${metricsN} metric${metricsN === 1 ? '' : 's'})` : '');
  const glance: Array<[string, number, Effect, string]> = [
    ['worse', s.worse + s.mixed, 'worse', split(s.worse + s.mixed, s.metrics.worse)],
    ['new', s.new, 'worse', ''],
    ['reopened', s.reopened, 'worse', ''],
    ['better', s.better, 'better', split(s.better, s.metrics.better)],
    ['resolved or ended', s.resolved, 'better', ''],
  ];
  return (
    <div className={styles.diff} data-from={diff.from.version} data-to={diff.to.version}>
      <section aria-label="At a glance" className={styles.glance}>
        {glance.map(([label, n, effect, detail]) => (
          <span key={label} className={clsx(styles.count, n ? styles[effect] : styles.zero)}>
            <strong>{n}</strong> {label}
            {detail}
          </span>
        ))}
        <span className={styles.count}>
          open findings <strong>{s.open.before}</strong> → <strong>{s.open.after}</strong>
        </span>
        {diff.changed ? null : <p>Nothing changed between these versions.</p>}
      </section>
      <h2 id="findings">Findings</h2>
      <FindingRows title="Worse" rows={worse} />
      <FindingRows title="New" rows={by((f) => f.kind === 'new')} />
      <FindingRows title="Better" rows={better} />
      <FindingRows title="No longer listed: resolved, retired or replaced" rows={by((f) => f.kind === 'absent')} />
      <FindingRows title="Other changes" rows={other} />
      {metrics.length ? (
        <>
          <h2 id="metrics">Metrics</h2>
          <ScrollRegion label="Metrics" className={styles.scroll}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col">v{diff.from.version}</th>
                  <th scope="col">v{diff.to.version}</th>
                  <th scope="col">Change</th>
                  <th scope="col">Effect</th>
                </tr>
              </thead>
              <tbody>
                {metrics.map((m) => (
                  <tr key={m.id} data-metric={m.id}>
                    <th scope="row">{(m.after ?? m.before)!.name}</th>
                    <td>{m.before ? `${m.before.value} ${m.before.unit} (${m.before.basis})` : '—'}</td>
                    <td>{m.after ? `${m.after.value} ${m.after.unit} (${m.after.basis})` : '—'}</td>
                    <td>{metricChangeText(m)}</td>
                    <td>{m.kind === 'updated' && !m.comparable ? <em>not comparable</em> : <EffectTag effect={m.effect} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      {pillars.length ? (
        <>
          <h2 id="pillars">Pillars</h2>
          <ul>
            {pillars.map((p) => (
              <li key={p.pillar}>
                {PILLAR_LABELS[p.pillar]}: {p.before.rating} → {p.after.rating} ({SEVERITIES.map((sv) => `${sv} ${p.before.open[sv]}→${p.after.open[sv]}`).join(', ')}) <EffectTag effect={p.effect} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.tradeoffs.some((t) => t.kind !== 'unchanged') || diff.diagrams.some((d) => d.kind !== 'unchanged') ? (
        <>
          <h2 id="tradeoffs">Trade-offs and diagrams</h2>
          <ul>
            {diff.tradeoffs.filter((t) => t.kind !== 'unchanged').map((t) => (
              <li key={`t-${t.id}`}>
                Trade-off “{t.title}”: {t.kind}
                {t.changes?.chosen ? `; chosen option ${t.changes.chosen.from} → ${t.changes.chosen.to}` : ''}
                {t.changes?.cells.length ? `; ${t.changes.cells.length} cells changed` : ''}
              </li>
            ))}
            {diff.diagrams.filter((d) => d.kind !== 'unchanged').map((d) => (
              <li key={`d-${d.id}`}>
                Diagram “{d.title}”: {d.kind}
                {d.changed.length ? ` (${d.changed.join(', ')})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.body ? <BodyDiff sections={diff.body} /> : null}
    </div>
  );
}
