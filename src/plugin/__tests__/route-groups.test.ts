import type {RouteConfig} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {GROUP_COMPONENT, groupRoutes} from '../route-groups';

const leaf = (path: string, component = '@theme/X'): RouteConfig => ({path, component, exact: true});

describe('groupRoutes', () => {
  it.each(['/', '/base/'])('nests review and finding pages in one group each, under base URL %s', (b) => {
    const routes = [
      leaf(`${b}reviews/`),
      leaf(`${b}reviews/agent-platform/v1/`),
      leaf(`${b}reviews/agent-platform/`),
      leaf(`${b}reviews/agent-platform/v2/changes/`),
      leaf(`${b}reviews/landing-zone/compare/`),
      leaf(`${b}findings/`),
      leaf(`${b}findings/AGP-001/`),
      leaf(`${b}findings/AGP-1234/`),
      leaf(`${b}findings/ALZ-002/`),
      leaf(`${b}findings/XYZ-001/`),
      leaf(`${b}reviews/agent-platform/old/`, '@theme/RedirectPage'),
      leaf(`${b}lenses/genai/`),
    ];
    const grouped = groupRoutes({routes, baseUrl: b, reviews: [{id: 'agent-platform', idPrefix: 'AGP'}, {id: 'landing-zone', idPrefix: 'ALZ'}]});
    const summary = grouped.map((r) => (r.routes ? {group: r.path, exact: r.exact, component: r.component, pages: r.routes.map((c) => c.path)} : r.path));
    expect(summary).toEqual([
      `${b}reviews/`,
      `${b}findings/`,
      `${b}findings/XYZ-001/`,
      `${b}reviews/agent-platform/old/`,
      `${b}lenses/genai/`,
      {group: `${b}reviews/agent-platform/`, exact: false, component: GROUP_COMPONENT, pages: [`${b}reviews/agent-platform/v1/`, `${b}reviews/agent-platform/`, `${b}reviews/agent-platform/v2/changes/`]},
      {group: `${b}reviews/landing-zone/`, exact: false, component: GROUP_COMPONENT, pages: [`${b}reviews/landing-zone/compare/`]},
      {group: `${b}findings/:id(AGP-[0-9]{3,})/`, exact: false, component: GROUP_COMPONENT, pages: [`${b}findings/AGP-001/`, `${b}findings/AGP-1234/`]},
      {group: `${b}findings/:id(ALZ-[0-9]{3,})/`, exact: false, component: GROUP_COMPONENT, pages: [`${b}findings/ALZ-002/`]},
    ]);
    // Docusaurus writes route paths into a JavaScript module unescaped: a backslash would be lost there.
    expect(grouped.filter((r) => r.path.includes('\\'))).toEqual([]);
    // Every page is still there, once.
    const leaves = grouped.flatMap((r) => r.routes ?? [r]).map((r) => r.path).sort();
    expect(leaves).toEqual(routes.map((r) => r.path).sort());
  });
});
