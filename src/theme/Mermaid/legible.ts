/**
 * Mermaid draws its text at 16px and scales the whole drawing to the width of its box, so a wide diagram in a
 * narrow column ends with text of a few pixels. A diagram may shrink to this share of its drawn size (16px text
 * becomes 12px) and no further; below that it keeps its size and its box scrolls sideways.
 */
export const MIN_SCALE = 0.75;

/** The drawn width of a Mermaid SVG, from its viewBox (`x y width height`), or undefined. */
export function drawnWidth(viewBox: string | null): number | undefined {
  const parts = viewBox?.trim().split(/[\s,]+/).map(Number);
  if (!parts || parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return undefined;
  return parts[2];
}

/** The narrowest the SVG may be drawn, in CSS pixels, so that its text stays legible. */
export function legibleMinWidth(viewBox: string | null): number | undefined {
  const width = drawnWidth(viewBox);
  return width === undefined ? undefined : Math.ceil(width * MIN_SCALE);
}
