import type {Verb} from './verb';
import {checkRefsVerb} from './verbs/check-refs';
import {diffVerb} from './verbs/diff';
import {exportVerb} from './verbs/export';
import {importLensVerb} from './verbs/import-lens';
import {lockVerb} from './verbs/lock';
import {newVersionVerb} from './verbs/new-version';
import {nextIdVerb} from './verbs/next-id';
import {validateVerb} from './verbs/validate';

/** Every verb of `wa-review`, in the order `--help` lists them. */
export const verbs: readonly Verb[] = [validateVerb, diffVerb, exportVerb, importLensVerb, newVersionVerb, nextIdVerb, lockVerb, checkRefsVerb];
