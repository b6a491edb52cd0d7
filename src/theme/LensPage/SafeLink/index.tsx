import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {ReactNode} from 'react';
import styles from '../styles.module.css';
import {isExternal, safeHref} from '../safe-href';

export interface SafeLinkProps {
  url: string | undefined;
  children: ReactNode;
}

/**
 * A link from lens data: only when `safeHref` accepts the URL, with rel="noopener noreferrer" when it leaves the
 * site; otherwise the children as text and the address beside them, not as a link.
 */
export function SafeLink({url, children}: SafeLinkProps): React.JSX.Element {
  const {withBaseUrl} = useBaseUrlUtils();
  const href = safeHref(url);
  if (href) {
    return isExternal(href) ? (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <a href={withBaseUrl(href)}>{children}</a>
    );
  }
  return (
    <>
      {children}
      {url?.trim() ? <NotLinked url={url} /> : null}
    </>
  );
}

function NotLinked({url}: {url: string}): React.JSX.Element {
  return (
    <span className={styles.muted} title="The lens gives this address in a form that is not an http(s) link, so it is shown as text.">
      {' '}
      (address as given: <code>{url}</code>)
    </span>
  );
}

export interface ResourceTextProps {
  resource: {displayText: string; url?: string | undefined};
}

/** A helpful resource or an improvement plan: its text, then its link named by the site it leads to. */
export function ResourceText({resource}: ResourceTextProps): React.JSX.Element {
  const href = safeHref(resource.url);
  return (
    <>
      {resource.displayText}
      {href ? (
        <>
          {' '}
          (<SafeLink url={href}>{isExternal(href) ? new URL(href).hostname : 'on this site'}</SafeLink>)
        </>
      ) : resource.url?.trim() ? (
        <NotLinked url={resource.url} />
      ) : null}
    </>
  );
}
