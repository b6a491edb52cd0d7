import {RULE_CASES} from './__fixtures__/rule-cases';
import {makeRoot, removeRoot} from './__tests__/support/fixture-root';
import {loadCorpus} from './load';
import {formatText} from './report';
import {RULES, RULE_IDS, type RuleId} from './rules';

/**
 * docs/reference/rules.md, generated from the rule table and the bad fixture of each rule: the example under each
 * rule is what `wa-review validate` printed for that fixture.
 */
export function renderRulesPage(): string {
  const byCategory = new Map<string, RuleId[]>();
  for (const id of RULE_IDS) {
    const cat = id.split('/')[0]!;
    byCategory.set(cat, [...(byCategory.get(cat) ?? []), id]);
  }
  const sections: string[] = [];
  for (const [cat, ids] of byCategory) {
    sections.push(`## ${cat}\n`);
    for (const id of ids) {
      const info = RULES[id];
      sections.push(`### \`${id}\`\n\n${info.severity === 'warning' ? 'Warning. ' : ''}${info.summary}\n`);
      const c = RULE_CASES.find((x) => x.rule === id);
      if (c) {
        const root = makeRoot(c.edits, c.relock === false ? {relock: false} : {});
        try {
          const hit = (c.check ? c.check(root) : loadCorpus({root}).problems).filter((p) => p.rule === id).slice(0, 1);
          sections.push(`Example (${c.does}):\n\n\`\`\`text\n${formatText(hit).split('\n\n')[0]}\n\`\`\`\n`);
        } finally {
          removeRoot(root);
        }
      }
    }
  }
  return `---
title: Rule ids
description: Every rule id that wa-review validate and the site build can report, with an example of each.
sidebar_position: 3
---

# Rule ids

<!-- Generated from src/content/rules.ts and src/content/__fixtures__/rule-cases.ts by \`npm run gen:reference\`. -->

Every problem carries a rule id \`category/kebab-name\`. Ids are stable: tools may filter on them. Errors fail
\`wa-review validate\` (exit status 1) and the site build; warnings are printed and do not fail. Each example is
what \`wa-review validate\` printed for the rule's bad fixture, an edit of the valid fixture corpus in
\`src/content/__fixtures__/valid/\`. The \`refs/*\` rules are reported by \`wa-review check-refs\` on files of
another repository; their examples are what it printed for a file citing the fixture's findings.

${sections.join('\n')}`;
}
