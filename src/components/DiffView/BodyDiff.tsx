import type {SectionDiff, TextChange} from '../../diff/types';
import styles from './styles.module.css';

export interface BodyDiffProps {
  sections: SectionDiff[];
}

function Run({change}: {change: TextChange & {words?: TextChange[]}}): React.JSX.Element {
  if (change.op === 'equal') return <span>{change.text}</span>;
  if (change.op === 'added' && change.words) {
    return (
      <span className={styles.wordRun}>
        {change.words.map((w, i) => (w.op === 'equal' ? <span key={i}>{w.text}</span> : w.op === 'added' ? <ins key={i}>{w.text}</ins> : <del key={i}>{w.text}</del>))}
      </span>
    );
  }
  return change.op === 'added' ? <ins className={styles.block}>{change.text}</ins> : <del className={styles.block}>{change.text}</del>;
}

/** The text, section by section: changed sections whole with insertions and deletions marked (not by colour alone). */
export function BodyDiff({sections}: BodyDiffProps): React.JSX.Element {
  const changed = sections.filter((s) => s.kind !== 'unchanged');
  return (
    <section>
      <h2 id="text">Text</h2>
      {changed.length === 0 ? <p>The text did not change.</p> : null}
      {changed.map((s, i) => (
        <details key={`${s.heading}-${i}`} className={styles.section} open={changed.length <= 6}>
          <summary>
            {s.heading || 'Introduction'} <span className={styles.kind}>({s.kind})</span>
          </summary>
          <pre className={styles.text}>
            {s.lines
              .filter((l, j, all) => !(l.op === 'removed' && all[j + 1]?.words))
              .map((l, j) => (
                <Run key={j} change={l} />
              ))}
          </pre>
        </details>
      ))}
    </section>
  );
}
