import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * The code-block colours: Prism's GitHub theme in light mode and Dracula in dark mode, with the token colours
 * that do not reach 4.5:1 against their background (WCAG AA for text) darkened or lightened in the same hue.
 * A test checks every colour of both.
 */
function recolor(theme: PrismTheme, colors: Record<string, string>): PrismTheme {
  return {...theme, styles: theme.styles.map((s) => (s.style.color && colors[s.style.color] ? {...s, style: {...s.style, color: colors[s.style.color]}} : s))};
}

export const lightCodeTheme = recolor(themes.github, {
  '#999988': '#6b6b5e', // comments
  '#e3116c': '#b0105a', // strings
  '#36acaa': '#1c6e6c', // numbers, properties (JSON keys)
  '#00a4db': '#006a8f', // YAML keys, keywords
  '#d73a49': '#b3212f', // functions, tags
});

export const darkCodeTheme = recolor(themes.dracula, {
  'rgb(98, 114, 164)': '#9aa5cf', // comments
});
