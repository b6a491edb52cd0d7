import {useEffect, type RefObject} from 'react';
import {legibleMinWidth} from './legible';

/**
 * Keeps the Mermaid SVG inside `box` at a legible size: whenever an SVG appears (Mermaid draws in the browser,
 * and again when the colour mode changes) it gets a minimum width, and `onDrawn` hears it. The box itself must
 * scroll sideways.
 */
export function useLegibleDiagram(box: RefObject<HTMLElement | null>, onDrawn?: (minWidth: number) => void): void {
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const size = () => {
      const svg = el.querySelector('svg');
      if (!svg || svg.dataset.legible) return;
      svg.dataset.legible = 'true';
      const minWidth = legibleMinWidth(svg.getAttribute('viewBox'));
      if (minWidth === undefined) return;
      svg.style.minWidth = `${minWidth}px`;
      onDrawn?.(minWidth);
    };
    size();
    const observer = new MutationObserver(size);
    observer.observe(el, {childList: true, subtree: true});
    return () => observer.disconnect();
    // onDrawn is read when an SVG appears; a new function each render must not re-observe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [box]);
}
