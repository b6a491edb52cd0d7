export interface FindingAnchorsProps {
  /** What the ids are to the block: "Addresses", "Bears on". */
  lead: string;
  ids: readonly string[];
  className?: string;
}

/**
 * A sentence naming the findings a diagram or trade-off is about, each linking to its row on the same page
 * (`#<FINDING-ID>`). Nothing when there are none.
 */
export function FindingAnchors({lead, ids, className}: FindingAnchorsProps): React.JSX.Element | null {
  if (!ids.length) return null;
  return (
    <p className={className}>
      {lead}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i ? ', ' : ''}
          <a href={`#${id}`}>{id}</a>
        </span>
      ))}
      .
    </p>
  );
}
