/**
 * The semantic diff of two review versions. Browser-safe: nothing here imports Node modules, the loader or zod
 * (a test checks it), so the compare page can import it as the CLI does.
 */
export {diffVersions, diffPillars} from './diff-versions';
export {diffFindings, findingChanges, summarizeFinding} from './findings';
export {diffMetrics} from './metrics';
export {diffTradeoffs, diffDiagrams} from './matrices';
export {diffBody, diffText, splitSections, type BodySection} from './body';
export * from './types';
export {formatDiffMarkdown, formatNumber, diffPaths, diffPagePath, metricChangeWords} from './markdown';
