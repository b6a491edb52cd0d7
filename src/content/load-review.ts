import {createHash} from 'node:crypto';
import {diagramSchema, type Diagram} from '../schemas/diagram';
import {reviewSchema} from '../schemas/review';
import {tradeoffSchema, type Tradeoff} from '../schemas/tradeoff';
import {DATA_BLOCKS, scanBody, type DataBlock} from './body';
import {countFindings} from './derive';
import {problem, type Problem} from './problem';
import {parseWithSchema} from './schema-problems';
import {REVIEW_SIZE_CAP, readSource, splitFrontMatter} from './source';
import type {ReviewVersionEntry} from './types';
import {parseYaml, where, type ParsedYaml} from './yaml';

/** Where a list item came from, so later checks can point at it: the front matter or a fenced block. */
export interface ItemSource {
  yaml: Pick<ParsedYaml, 'locate'>;
  basePath: PropertyKey[];
}

export interface LoadedVersion {
  entry: ReviewVersionEntry | undefined;
  /** The front matter's parse, for locating problems found by later checks. */
  yaml: ParsedYaml | undefined;
  sources: {tradeoffs: ItemSource[]; diagrams: ItemSource[]};
  problems: Problem[];
}

export interface VersionFile {
  absPath: string;
  /** Relative to the content root. */
  file: string;
  reviewId: string;
  version: number;
}

/** Reads one review version: bytes, front matter, body, fenced data blocks. Never throws for bad content. */
export function loadReviewVersion({absPath, file, reviewId, version}: VersionFile): LoadedVersion {
  const sources: LoadedVersion['sources'] = {tradeoffs: [], diagrams: []};
  const source = readSource(absPath, file, REVIEW_SIZE_CAP);
  if (!source.ok) return {entry: undefined, yaml: undefined, sources, problems: source.problems};
  const split = splitFrontMatter(source.text, file);
  if (!split.ok) return {entry: undefined, yaml: undefined, sources, problems: split.problems};
  const {yaml: fmText, yamlLineOffset, body, bodyLineOffset} = split.split;
  const problems: Problem[] = [];

  const yaml = parseYaml(fmText, {file, lineOffset: yamlLineOffset});
  problems.push(...yaml.problems);
  const raw = yaml.value;
  const isMapping = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (yaml.value !== undefined && !isMapping) {
    problems.push(problem('yaml/not-a-mapping', {file, line: 2, column: 1}, 'the front matter must be a mapping of keys to values (review, title, version, ...)'));
  }
  if (isMapping) {
    const r = raw as Record<string, unknown>;
    if (typeof r.review === 'string' && r.review !== reviewId) {
      problems.push(problem('review/id-mismatch', where(file, yaml, ['review']), `review is "${r.review}" but the folder is "${reviewId}"`, {suggestion: `review: ${reviewId}`}));
    }
    if (typeof r.version === 'number' && r.version !== version) {
      problems.push(problem('review/version-mismatch', where(file, yaml, ['version']), `version is ${r.version} but the file is v${version}.md`, {suggestion: `version: ${version}`}));
    }
  }
  const parsed = isMapping ? parseWithSchema(reviewSchema, raw, {file, yaml}) : {data: undefined, problems: []};
  problems.push(...parsed.problems);

  const scan = scanBody(body, {file, lineOffset: bodyLineOffset});
  problems.push(...scan.problems);
  const blockItems = {tradeoffs: [] as Tradeoff[], diagrams: [] as Diagram[]};
  for (const block of scan.blocks) {
    const item = loadBlock(block, file);
    problems.push(...item.problems);
    if (item.data !== undefined) {
      const key = DATA_BLOCKS[block.lang];
      (blockItems[key] as unknown[]).push(item.data);
      sources[key].push({yaml: item.yaml!, basePath: []});
    }
  }
  if (!parsed.data) return {entry: undefined, yaml, sources, problems};

  const data = parsed.data;
  sources.tradeoffs.unshift(...data.tradeoffs.map((_, i) => ({yaml, basePath: ['tradeoffs', i]})));
  sources.diagrams.unshift(...data.diagrams.map((_, i) => ({yaml, basePath: ['diagrams', i]})));
  const merged = {...data, tradeoffs: [...data.tradeoffs, ...blockItems.tradeoffs], diagrams: [...data.diagrams, ...blockItems.diagrams]};
  const entry: ReviewVersionEntry = {
    review: reviewId,
    version,
    file,
    data: merged,
    body,
    bodyLineOffset,
    headings: scan.headings,
    hasMath: scan.hasMath,
    hasMermaid: scan.hasMermaid || merged.diagrams.length > 0,
    fromBody: {tradeoffs: blockItems.tradeoffs.map((t) => t.id), diagrams: blockItems.diagrams.map((x) => x.id)},
    contentHash: createHash('sha256').update(source.bytes).digest('hex'),
    counts: countFindings({findings: merged.findings}),
  };
  return {entry, yaml, sources, problems};
}

/** Parses and validates one ```tradeoff or ```before-after block with the same schemas as the front matter. */
export function loadBlock(block: DataBlock, file: string): {data: Tradeoff | Diagram | undefined; yaml: ParsedYaml | undefined; problems: Problem[]} {
  const yaml = parseYaml(block.yaml, {file, lineOffset: block.lineOffset});
  if (yaml.value === undefined) {
    const problems = yaml.problems.length ? yaml.problems : [problem('markdown/fenced-block', {file, line: block.line, column: 1}, `the \`\`\`${block.lang} block is empty`)];
    return {data: undefined, yaml, problems};
  }
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    return {data: undefined, yaml, problems: [...yaml.problems, problem('markdown/fenced-block', {file, line: block.line, column: 1}, `a \`\`\`${block.lang} block holds one mapping (id, title, ...), not ${Array.isArray(yaml.value) ? 'a list' : 'a scalar'}`)]};
  }
  const schema = block.lang === 'tradeoff' ? tradeoffSchema : diagramSchema;
  const parsed = parseWithSchema(schema, yaml.value, {file, yaml});
  return {data: parsed.data as Tradeoff | Diagram | undefined, yaml, problems: [...yaml.problems, ...parsed.problems]};
}
