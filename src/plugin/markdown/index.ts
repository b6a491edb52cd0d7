import path from 'node:path';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import type {LoadContext} from '@docusaurus/types';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import rehypeFocusableMath from './rehype-focusable-math';
import rehypeSanitizeReview from './rehype-sanitize-review';
import remarkDataBlocks from './remark-data-blocks';

/** Remark and rehype plugins of review bodies (the preset's docs options do not apply to this plugin). */
export const reviewRemarkPlugins = [[remarkMath, {singleDollarTextMath: false}], remarkDataBlocks] as const;
// Sanitize first, then render math: KaTeX's own markup is trusted output, not input. Wide formulas scroll, by
// keyboard too.
export const reviewRehypePlugins = [rehypeSanitizeReview, rehypeKatex, rehypeFocusableMath] as const;

/**
 * The webpack rule that compiles review files with Docusaurus' own Markdown pipeline (as
 * plugin-content-pages does), always in `md` format: a review can never opt into MDX, whatever the site or the
 * file's front matter says.
 */
export async function createReviewMDXLoaderRule({context, reviewsDir}: {context: LoadContext; reviewsDir: string}) {
  const {siteConfig, siteDir} = context;
  return createMDXLoaderRule({
    include: [`${reviewsDir}${path.sep}`],
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      // The page header shows the title; the body's first heading is not repeated.
      removeContentTitle: true,
      remarkPlugins: [...reviewRemarkPlugins] as never,
      rehypePlugins: [...reviewRehypePlugins] as never,
      beforeDefaultRehypePlugins: [],
      beforeDefaultRemarkPlugins: [],
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      markdownConfig: {...siteConfig.markdown, format: 'md'},
    },
  });
}
