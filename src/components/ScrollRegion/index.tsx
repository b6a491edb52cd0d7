import clsx from 'clsx';
import {useEffect, useRef, useState, type ReactNode, type RefObject} from 'react';
import styles from './styles.module.css';

export interface ScrollRegionProps {
  /** What the box holds, for a screen reader (it is announced as a region when it scrolls). */
  label: string;
  className?: string;
  children: ReactNode;
}

/** Whether the box's content is wider than the box, measured after mount and whenever either changes size. */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const check = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    // Content drawn later (a diagram) changes the width without resizing the box.
    const mutations = new MutationObserver(check);
    mutations.observe(box, {childList: true, subtree: true, attributes: true, attributeFilter: ['style']});
    return () => (observer.disconnect(), mutations.disconnect());
  }, [ref]);
  return overflows;
}

/** The line under a box that scrolls sideways, so that a cut-off edge reads as more to see, not as the end. */
export function ScrollHint({what}: {what: string}): React.JSX.Element {
  return (
    <p className={styles.hint} aria-hidden="true">
      ⟷ {what} is wider than the page: scroll sideways to see all of it
    </p>
  );
}

/**
 * A box that scrolls sideways when its content (a wide table, a diagram) is wider than the column, so the page
 * itself never does. While it scrolls it can be focused and scrolled with the keyboard, is a labelled region, and
 * says so under it; the server renders it plain and the browser decides after mount, from the real width.
 */
export function ScrollRegion({label, className, children}: ScrollRegionProps): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(ref);
  return (
    <>
      <div ref={ref} className={clsx(styles.region, scrolls && styles.scrolls, className)} {...(scrolls ? {tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)`} : {})}>
        {children}
      </div>
      {scrolls ? <ScrollHint what={`This ${label.toLowerCase()}`} /> : null}
    </>
  );
}
