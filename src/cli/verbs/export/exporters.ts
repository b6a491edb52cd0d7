import {apiExporters} from './api';
import type {Exporter} from './exporter';
import {waLensExporter} from './wa-lens';

/** Every format of `wa-review export`, in the order `--help` lists them. */
export const exporters: readonly Exporter[] = [...apiExporters, waLensExporter];
