import type {Verb} from './verb';

/** Every verb of `wa-review`, in the order `--help` lists them. */
export const verbs: readonly Verb[] = [];
