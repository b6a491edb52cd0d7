import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/**
 * Every <details> prints open. Print CSS does it where ::details-content is supported (src/css/custom.css); for
 * other browsers this opens the closed ones just before printing and closes them again after.
 */
if (ExecutionEnvironment.canUseDOM) {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = Array.from(document.querySelectorAll<HTMLDetailsElement>('main details:not([open])'));
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
