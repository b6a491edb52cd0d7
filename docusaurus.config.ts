import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {darkCodeTheme, lightCodeTheme} from './src/code-themes';
import {siteLocation} from './src/site-config';
import {parseFrontMatter} from './src/content/front-matter';

const {url, baseUrl} = siteLocation();

const config: Config = {
  title: 'Well-Architected reviews of AI systems',
  tagline: 'Versioned, typed Well-Architected reviews of AI and agentic systems on AWS',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: true,
  headTags: [
    {tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', title: 'Review versions and finding changes', href: `${baseUrl}feed.xml`}},
  ],
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  future: {
    v4: true,
    faster: true,
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  markdown: {
    // .md files are CommonMark, .mdx files MDX: docs and reviews can write `<N>` and `{id}` as text.
    format: 'detect',
    mermaid: true,
    parseFrontMatter,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  themes: ['@docusaurus/theme-mermaid'],
  // Opens every <details> for printing where print CSS cannot (src/css/custom.css does it elsewhere).
  clientModules: ['./src/print/client.ts'],
  // The search index is written after every page, from the pages marked searchable (src/search/scope.ts).
  plugins: [['./src/plugin/index.ts', {root: process.env.WA_CONTENT_ROOT}], './src/search/plugin.ts'],
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'WA reviews for AI',
      logo: {alt: 'Home', src: 'img/favicon.svg'},
      items: [
        {to: '/reviews/', label: 'Reviews', position: 'left'},
        {to: '/findings/', label: 'Findings', position: 'left'},
        {to: '/lenses/', label: 'Lenses', position: 'left'},
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Reviews',
          items: [
            {label: 'All reviews', to: '/reviews/'},
            {label: 'Findings explorer', to: '/findings/'},
            {label: 'Lenses', to: '/lenses/'},
          ],
        },
        {
          title: 'Use the data',
          items: [
            {label: 'Linking to findings', to: '/docs/guides/linking-to-findings/'},
            {label: 'Feed of changes (Atom)', to: 'pathname:///feed.xml'},
            {label: 'Contracts', to: '/docs/reference/contracts/'},
          ],
        },
      ],
      copyright: 'Reviews are published under their stated version; findings keep their permalinks forever.',
    },
    prism: {theme: lightCodeTheme, darkTheme: darkCodeTheme, additionalLanguages: ['json', 'bash', 'hcl']},
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
