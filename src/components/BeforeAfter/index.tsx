import Mermaid from '@theme-original/Mermaid';
import {useId, useRef, useState} from 'react';
import {useLegibleDiagram} from '../../theme/Mermaid/useLegibleDiagram';
import {ScrollHint, useOverflows} from '../ScrollRegion';
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
  // Side by side by default (the server renders it so). A diagram whose legible width does not fit its half is
  // stacked at full width once drawn, unless the reader has chosen a layout.
  const [stacked, setStacked] = useState(false);
  const chosen = useRef(false);
  const sides = useRef<HTMLDivElement>(null);
  const fitOrStack = (minWidth: number) => {
    const half = sides.current?.querySelector('[data-diagram]')?.clientWidth;
    if (!chosen.current && half !== undefined && minWidth > half) setStacked(true);
  };
  return (
    <figure id={`diagram-${diagram.id}`} className={styles.pair}>
      <figcaption className={styles.caption}>
        <span className={styles.kicker}>Before and after</span>
        <strong className={styles.title}>{diagram.title}</strong>
        <span>{diagram.caption}</span>
      </figcaption>
      <div className={styles.layout} role="group" aria-label="Layout">
        {[false, true].map((value) => (
          <button key={String(value)} type="button" className={styles.layoutButton} aria-pressed={stacked === value} onClick={() => ((chosen.current = true), setStacked(value))}>
            {value ? 'Stacked, full width' : 'Side by side'}
          </button>
        ))}
      </div>
      <div ref={sides} className={styles.sides} data-layout={stacked ? 'stacked' : 'side-by-side'}>
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
              <Diagram value={diagram[side].mermaid} alt={diagram[side].alt} altId={altId} onDrawn={fitOrStack} />
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

/** One side's drawing: an image labelled by its text alternative, kept legible, scrolling sideways in its box. */
function Diagram({value, alt, altId, onDrawn}: {value: string; alt: string; altId: string; onDrawn: (minWidth: number) => void}): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useLegibleDiagram(ref, onDrawn);
  const scrolls = useOverflows(ref);
  return (
    <>
      {/* Focusable: a diagram wider than its column scrolls sideways in its box, by keyboard too. */}
      <div ref={ref} className={styles.diagram} data-diagram="" role="img" aria-label={alt} aria-describedby={altId} tabIndex={0}>
        <Mermaid value={value} />
      </div>
      {scrolls ? <ScrollHint what="This diagram" /> : null}
    </>
  );
}
