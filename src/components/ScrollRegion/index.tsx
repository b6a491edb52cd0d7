import clsx from 'clsx';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface ScrollRegionProps {
  /** What the box holds, for a screen reader (it is announced as a region when it scrolls). */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the column, so the page itself never
 * does. While it scrolls it can be focused and scrolled with the keyboard, and is a labelled region; the server
 * renders it plain and the browser decides after mount, from the real width.
 */
export function ScrollRegion({label, className, children}: ScrollRegionProps): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={clsx(styles.region, className)} {...(scrolls ? {tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)`} : {})}>
      {children}
    </div>
  );
}
