import Head from '@docusaurus/Head';
import {cssString} from './css-string';
import styles from './styles.module.css';

export interface PrintHeaderProps {
  title: string;
  version: number;
  date: string;
  status: 'draft' | 'published';
  /** The absolute URL of the version's own page. */
  url: string;
}

/**
 * What a printed review says about itself: a line above the title with the version, its date and the page's URL, and
 * on every page the title, version and date at the top and the URL and page number at the bottom (CSS page margin
 * boxes). Shown only in print.
 */
export function PrintHeader({title, version, date, status, url}: PrintHeaderProps): React.JSX.Element {
  const running = `${title} · v${version}${status === 'draft' ? ' (draft)' : ''} · ${date}`;
  const box = 'font: 8pt system-ui, sans-serif; color: #555;';
  const pageCss = `@page { margin: 16mm 14mm; @top-left { content: ${cssString(running)}; ${box} } @bottom-left { content: ${cssString(url)}; ${box} } @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } }`;
  return (
    <>
      <Head>
        <style>{pageCss}</style>
      </Head>
      <p className={styles.print} data-print-header>
        Version {version}
        {status === 'draft' ? ' (draft)' : ''}, <time dateTime={date}>{date}</time> · <span className={styles.url}>{url}</span>
      </p>
    </>
  );
}
