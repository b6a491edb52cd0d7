import {TOOL_LEVELS, toolKeys, type ToolLevel} from './tool-schema';

/** A key the Tool's format does not define, where it was (RFC 6901 JSON Pointer) and its value. */
export interface SetAside {
  pointer: string;
  value: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Splits a value at a level of the Tool's format into the format's own keys and the rest, walking down the
 * format's nesting. Values are never changed, only selected; anything that is not an object where one is expected
 * is kept as it is (validation reports it). `order: 'schema'` writes keys in the format's order (export);
 * `'source'` keeps the order they came in (import keeps data as it was).
 */
export function splitToolData({value, level, order, pointer = ''}: {value: unknown; level: ToolLevel; order: 'schema' | 'source'; pointer?: string}): {data: unknown; extras: SetAside[]} {
  if (!isRecord(value)) return {data: value, extras: []};
  const own = toolKeys(level);
  const children = TOOL_LEVELS[level].children as Record<string, ToolLevel>;
  const extras: SetAside[] = [];
  const data: Record<string, unknown> = {};
  const keys = order === 'schema' ? own.filter((k) => Object.hasOwn(value, k)) : Object.keys(value);
  for (const key of keys) {
    const here = `${pointer}/${pointerSegment(key)}`;
    if (!own.includes(key)) {
      extras.push({pointer: here, value: value[key]});
      continue;
    }
    const child = children[key];
    const v = value[key];
    if (!child || v === undefined) {
      if (v !== undefined) data[key] = v;
      continue;
    }
    if (Array.isArray(v)) {
      data[key] = v.map((item, i) => {
        const split = splitToolData({value: item, level: child, order, pointer: `${here}/${i}`});
        extras.push(...split.extras);
        return split.data;
      });
    } else {
      const split = splitToolData({value: v, level: child, order, pointer: here});
      extras.push(...split.extras);
      data[key] = split.data;
    }
  }
  return {data, extras};
}
