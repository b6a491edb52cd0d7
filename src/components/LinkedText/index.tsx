import Link from '@docusaurus/Link';
import {splitLinks} from './split';

/** Plain text whose https URLs and site paths are links (see `splitLinks`). */
export function LinkedText({text}: {text: string}): React.JSX.Element {
  return (
    <>
      {splitLinks(text).map((p, i) =>
        'href' in p ? (
          p.internal ? (
            <Link key={i} to={p.href}>
              {p.text}
            </Link>
          ) : (
            <a key={i} href={p.href} title={p.href}>
              {p.label}
            </a>
          )
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
