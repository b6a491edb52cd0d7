import {useId} from 'react';
import {PILLAR_LABELS, PILLARS, SEVERITIES} from '../../schemas/vocab';
import {SEVERITY_LABELS, STATUS_LABELS} from '../Badges';
import {facetCounts, isFiltered, NO_FILTERS, SHOWN_STATUSES, toggleValue, type FindingFilters as Filters} from '../FindingTable/filters';
import styles from './styles.module.css';

export interface FindingFiltersProps {
  filters: Filters;
  counts: ReturnType<typeof facetCounts>;
  shown: number;
  total: number;
  onChange: (next: Filters) => void;
}

interface ChipsProps<T extends string> {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  count: Record<T, number>;
  label: (v: T) => string;
  onToggle: (v: T) => void;
}

/** Toggle buttons for one facet; values no finding carries are left out unless selected. */
function Chips<T extends string>({legend, values, selected, count, label, onToggle}: ChipsProps<T>): React.JSX.Element {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {values
        .filter((v) => count[v] > 0 || selected.includes(v))
        .map((v) => (
          <button key={v} type="button" className={styles.chip} aria-pressed={selected.includes(v)} data-facet={legend.toLowerCase()} data-value={v} onClick={() => onToggle(v)}>
            {label(v)} <span className={styles.count}>{count[v]}</span>
          </button>
        ))}
    </fieldset>
  );
}

/** The finding table's filters: severity, status and pillar as toggles, service as a list. */
export function FindingFilters({filters, counts, shown, total, onChange}: FindingFiltersProps): React.JSX.Element {
  const serviceId = useId();
  return (
    <div className={styles.bar} role="search" aria-label="Filter findings" data-pagefind-ignore="all">
      <Chips legend="Severity" values={SEVERITIES} selected={filters.severity} count={counts.severity} label={(v) => SEVERITY_LABELS[v]} onToggle={(v) => onChange({...filters, severity: toggleValue(filters.severity, v, SEVERITIES)})} />
      <Chips legend="Status" values={SHOWN_STATUSES} selected={filters.status} count={counts.status} label={(v) => STATUS_LABELS[v]} onToggle={(v) => onChange({...filters, status: toggleValue(filters.status, v, SHOWN_STATUSES)})} />
      <Chips legend="Pillar" values={PILLARS} selected={filters.pillar} count={counts.pillar} label={(v) => PILLAR_LABELS[v]} onToggle={(v) => onChange({...filters, pillar: toggleValue(filters.pillar, v, PILLARS)})} />
      {counts.service.length ? (
        <div className={styles.group}>
          <label className={styles.legend} htmlFor={serviceId}>
            Service
          </label>
          <select
            id={serviceId}
            className={`wa-select ${styles.select}`}
            value={filters.service ?? ''}
            onChange={(e) => {
              const {service: _drop, ...rest} = filters;
              onChange(e.target.value ? {...rest, service: e.target.value} : rest);
            }}>
            <option value="">Any service</option>
            {filters.service !== undefined && !counts.service.some(([s]) => s === filters.service) ? <option value={filters.service}>{filters.service} (0)</option> : null}
            {counts.service.map(([s, n]) => (
              <option key={s} value={s}>
                {s} ({n})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className={styles.status} aria-live="polite">
        {isFiltered(filters) ? (
          <>
            Showing {shown} of {total} findings.{' '}
            <button type="button" className={styles.clear} onClick={() => onChange(NO_FILTERS)}>
              Clear filters
            </button>
          </>
        ) : (
          <>All {total} findings, highest severity first.</>
        )}
      </p>
    </div>
  );
}
