import Link from '@docusaurus/Link';
import {splitInline} from './split';

export interface LinkedTextProps {
  text: string;
  /** Finding ids to link, and where each goes (its row on a review page, else its own page). */
  findings?: {ids: ReadonlySet<string>; href: (id: string) => string};
}

/** Plain text with its `code` spans, https URLs, site paths and known finding ids shown as such (see `splitInline`). */
export function LinkedText({text, findings}: LinkedTextProps): React.JSX.Element {
  return (
    <>
      {splitInline(text, findings ? {ids: findings.ids} : {}).map((p, i) => {
        if ('code' in p) return <code key={i}>{p.code}</code>;
        if ('finding' in p) {
          const to = findings!.href(p.finding);
          return to.startsWith('#') ? (
            <a key={i} href={to}>
              {p.finding}
            </a>
          ) : (
            <Link key={i} to={to}>
              {p.finding}
            </Link>
          );
        }
        if ('href' in p)
          return p.internal ? (
            <Link key={i} to={p.href}>
              {p.text}
            </Link>
          ) : (
            <a key={i} href={p.href} title={p.href}>
              {p.label}
            </a>
          );
        return <span key={i}>{p.text}</span>;
      })}
    </>
  );
}
