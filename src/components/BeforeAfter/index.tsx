import Mermaid from '@theme/Mermaid';
import {useId, useState} from 'react';
import type {Diagram} from '../../schemas/diagram';
import {FindingAnchors} from '../FindingAnchors';
import styles from './styles.module.css';

export interface BeforeAfterProps {
  diagram: Diagram;
}

const SIDES = {before: {label: 'Before', glyph: '◁'}, after: {label: 'After', glyph: '▷'}} as const;

/**
 * The same component boundary twice, before and after a change: side by side, stacked on a narrow column. Each
 * diagram is an image whose text alternative is its `alt`, also written out below it for print and for readers
 * who prefer words.
 */
export function BeforeAfter({diagram}: BeforeAfterProps): React.JSX.Element {
  const base = useId();
  // Side by side by default (the server renders it so); wide diagrams read better stacked at full width.
  const [stacked, setStacked] = useState(false);
  return (
    <figure id={`diagram-${diagram.id}`} className={styles.pair}>
      <figcaption className={styles.caption}>
        <span className={styles.kicker}>Before and after</span>
        <strong className={styles.title}>{diagram.title}</strong>
        <span>{diagram.caption}</span>
      </figcaption>
      <div className={styles.layout} role="group" aria-label="Layout">
        {[false, true].map((value) => (
          <button key={String(value)} type="button" className={styles.layoutButton} aria-pressed={stacked === value} onClick={() => setStacked(value)}>
            {value ? 'Stacked, full width' : 'Side by side'}
          </button>
        ))}
      </div>
      <div className={styles.sides} data-layout={stacked ? 'stacked' : 'side-by-side'}>
        {(['before', 'after'] as const).map((side) => {
          const altId = `${base}-${side}`;
          return (
            <section key={side} className={styles.side} data-side={side}>
              <h4 className={styles.sideTitle}>
                <span className={styles.tag}>
                  <span aria-hidden="true">{SIDES[side].glyph}</span> {SIDES[side].label}
                </span>
                {diagram[side].title ? <span>{diagram[side].title}</span> : null}
              </h4>
              {/* Focusable: on a narrow column the diagram scrolls sideways in its box, by keyboard too. */}
              <div className={styles.diagram} role="img" aria-label={diagram[side].alt} aria-describedby={altId} tabIndex={0}>
                <Mermaid value={diagram[side].mermaid} />
              </div>
              <p id={altId} className={styles.alt}>
                <span className={styles.altLabel}>In words: </span>
                {diagram[side].alt}
              </p>
            </section>
          );
        })}
      </div>
      {diagram.impact ? (
        <p className={styles.impact}>
          <strong>Impact.</strong> {diagram.impact}
        </p>
      ) : null}
      <FindingAnchors lead="Addresses" ids={diagram.findings} className={styles.findings} />
    </figure>
  );
}
