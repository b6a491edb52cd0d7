import Mermaid from '@theme/Mermaid';
import type {Diagram} from '../../schemas/diagram';

export interface BeforeAfterProps {
  diagram: Diagram;
}

/** The same component boundary twice, before and after a change, each with its text alternative. */
export function BeforeAfter({diagram}: BeforeAfterProps): React.JSX.Element {
  return (
    <figure id={`diagram-${diagram.id}`}>
      <figcaption>
        <strong>{diagram.title}</strong>: {diagram.caption}
      </figcaption>
      {(['before', 'after'] as const).map((side) => (
        <div key={side}>
          <h4>{diagram[side].title ?? (side === 'before' ? 'Before' : 'After')}</h4>
          <Mermaid value={diagram[side].mermaid} />
          <p>{diagram[side].alt}</p>
        </div>
      ))}
      {diagram.impact ? <p>{diagram.impact}</p> : null}
    </figure>
  );
}
