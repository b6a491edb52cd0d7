import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import {useRef, type ComponentProps} from 'react';
import {ScrollRegion} from '../../components/ScrollRegion';
import {useLegibleDiagram} from './useLegibleDiagram';
import styles from './styles.module.css';

/**
 * Docusaurus' Mermaid, drawn no smaller than a legible size: a diagram wider than the column scrolls sideways in
 * its own box (focusable then, see ScrollRegion) instead of shrinking its text to a few pixels.
 */
export default function LegibleMermaid(props: ComponentProps<typeof MermaidType>): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useLegibleDiagram(ref);
  return (
    <ScrollRegion label="Diagram" className={styles.diagram}>
      <div ref={ref}>
        <Mermaid {...props} />
      </div>
    </ScrollRegion>
  );
}
