import * as React from 'react';
import { plainText, type Presented } from '../../domain/neutrality/screened';
import styles from './FacetFilters.module.scss';

export interface IFacetOption<V extends string | number> {
  value: V;
  /** What the option is called: screened (a ward's or a body's name), or the notice in its place. */
  label: Presented;
  /** How many results ticking this option would give. */
  count: number;
}

export interface IFacetFiltersProps<V extends string | number> {
  /** The fieldset's legend, e.g. "Ward". */
  legend: string;
  options: ReadonlyArray<IFacetOption<V>>;
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** Unique prefix for the checkboxes' ids. */
  idPrefix: string;
  /** Long lists show `count` options until "show all" is pressed. */
  collapse?: { count: number; showMore: (total: number) => string; showFewer: string };
}

/**
 * One facet: a fieldset of checkboxes, each with the count of results it would give. Options
 * that would give none are shown disabled (unless ticked), so the list does not jump about.
 */
export function FacetFilters<V extends string | number>(props: IFacetFiltersProps<V>): JSX.Element {
  const { options, selected, onChange, idPrefix, collapse } = props;
  const [expanded, setExpanded] = React.useState(false);
  const collapsible = !!collapse && options.length > collapse.count + 1;
  // Ticked options stay visible when the list is collapsed.
  const visible = collapse && collapsible && !expanded ? options.filter((o, i) => i < collapse.count || selected.includes(o.value)) : options;
  const toggle = (value: V, checked: boolean): void => {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <fieldset className={styles.facet}>
      <legend className={styles.legend}>{props.legend}</legend>
      <ul className={styles.options}>
        {visible.map((o) => {
          const id = `${idPrefix}-${String(o.value).replace(/\W/g, '_')}`;
          const checked = selected.includes(o.value);
          const disabled = !checked && o.count === 0;
          return (
            <li key={String(o.value)} className={styles.option}>
              <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => toggle(o.value, e.target.checked)} />
              <label htmlFor={id}>
                {plainText(o.label)} <span className={styles.count}>({o.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {collapse && collapsible && (
        <button type="button" className={styles.more} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? collapse.showFewer : collapse.showMore(options.length)}
        </button>
      )}
    </fieldset>
  );
}
