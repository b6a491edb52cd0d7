import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import type {Pillar, Severity} from '../../schemas/vocab';
import {PILLAR_LABELS} from '../../schemas/vocab';
import {SeverityBadge, StatusBadge, type ShownStatus} from '../Badges';
import styles from './styles.module.css';

export interface FindingRowProps {
  id: string;
  title: string;
  severity: Severity;
  status: ShownStatus;
  pillar?: Pillar;
  /** Beside the badges, e.g. a better/worse tag. */
  tags?: ReactNode;
  /** Below the title: where it is listed, what changed. */
  children?: ReactNode;
  /** Data attributes that tests and filters read, e.g. `{'data-kind': 'new'}`. */
  data?: Record<`data-${string}`, string>;
}

/** One finding as a list row: its permanent link, severity and status in words, title, then details. */
export function FindingRow({id, title, severity, status, pillar, tags, children, data}: FindingRowProps): React.JSX.Element {
  return (
    <li className={styles.row} data-id={id} {...data}>
      <span className={styles.head}>
        <Link to={`/findings/${id}/`} className={styles.id}>
          {id}
        </Link>
        <SeverityBadge severity={severity} />
        <StatusBadge status={status} />
        {pillar ? <span className={styles.pillar}>{PILLAR_LABELS[pillar]}</span> : null}
        {tags}
      </span>
      <span className={styles.title}>{title}</span>
      {children}
    </li>
  );
}

/** The list that holds FindingRows. */
export function FindingRows({children}: {children: ReactNode}): React.JSX.Element {
  return <ul className={styles.list}>{children}</ul>;
}
