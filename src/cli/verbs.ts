import type {Verb} from './verb';
import {validateVerb} from './verbs/validate';

/** Every verb of `wa-review`, in the order `--help` lists them. */
export const verbs: readonly Verb[] = [validateVerb];
