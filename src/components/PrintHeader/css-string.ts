/**
 * A CSS string literal for any text: everything but letters, digits, spaces and `.,:;()/_-` is written as a hex
 * escape, so the result can sit in a <style> element without closing it or the string (no `<`, `"` or `\n`).
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Za-z0-9 .,:;()/_-]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `"${out}"`;
}
