import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {loadLensFile} from '../../../content/load-lens';
import {exportToolLens} from '../../../lens/export';
import {UsageError} from '../../cli';
import {defineExporter} from './exporter';

/** `wa-review export wa-lens --lens <id>`: one lens of lenses/ as the Well-Architected Tool's custom-lens JSON. */
export const waLensExporter = defineExporter({
  format: 'wa-lens',
  summary: 'a custom or imported lens as the Well-Architected Tool\'s custom-lens JSON (aws wellarchitected import-lens)',
  options: {
    lens: {type: 'string', description: 'wa-lens: the lens id (lenses/<id>.yaml or lenses/imported/<id>.yaml)', valueName: 'ID'},
  },
  run({values, root}) {
    const id = values.lens as string | undefined;
    if (id === undefined) throw new UsageError('wa-lens needs --lens <id>');
    const candidates = [`lenses/${id}.yaml`, `lenses/imported/${id}.yaml`].filter((f) => existsSync(path.join(root, f)));
    if (candidates.length === 0) throw new UsageError(`no lens "${id}" in ${path.join(root, 'lenses')}. Valid ids: ${lensIds(root).join(', ') || '(none)'}`);
    const file = candidates[0]!;
    const loaded = loadLensFile(path.join(root, file), file);
    // The lens file's own errors (schema, ids): every rule of the Tool's format is checked again below, as an error.
    const fileErrors = loaded.problems.filter((p) => p.severity === 'error' && !p.rule.startsWith('wa-lens/'));
    if (!loaded.entry || !loaded.yaml) return {output: undefined, problems: loaded.problems};
    if (loaded.entry.data.kind === 'official') {
      throw new UsageError(`${id} is an official lens: the Tool has AWS's lenses already (and cannot export them); our catalog holds no choices. Export a custom or imported lens.`);
    }
    const exported = exportToolLens({lens: loaded.entry.data, file, locate: loaded.yaml.locate});
    const problems = [...fileErrors.filter((p) => !exported.problems.some((q) => q.path === p.path && q.rule === p.rule)), ...exported.problems];
    return {output: fileErrors.length ? undefined : exported.json, problems};
  },
});

function lensIds(root: string): string[] {
  const ids: string[] = [];
  for (const sub of ['lenses', 'lenses/imported']) {
    try {
      for (const name of readdirSync(path.join(root, sub))) if (/\.yaml$/.test(name)) ids.push(name.replace(/\.yaml$/, ''));
    } catch {
      // a missing folder holds no lens
    }
  }
  return ids.sort();
}
