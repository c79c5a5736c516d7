import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { breakableEmail } from '../../../components/ContactActions/ContactActions';
import { mailtoHref } from '../../../components/ContactActions/links';
import { FacetFilters, type IFacetOption } from '../../../components/FacetFilters';
import { PresentedText } from '../../../components/PresentedText';
import { plainText, shownText, type Presented } from '../../../domain/neutrality/screened';
import { presentBuilt } from '../../../domain/neutrality/views';
import { ShowMore, usePaged } from '../../../components/ShowMore';
import { format, strings } from '../loc/ui/strings';
import type { DirectoryView, PersonView, RoleKind } from '../model/directoryView';
import { ROLE_KINDS } from '../model/directoryView';
import { activeFilterCount, FACET_KEYS, LETTERS, runQuery, type DirectoryQuery, type FacetKey, type SortKey } from '../model/search';
import { MemberCard, openButtonId } from './MemberCard';
import styles from './MemberProfiles.module.scss';

export type Layout = 'cards' | 'list';

export interface IDirectoryPanelProps {
  view: DirectoryView;
  query: DirectoryQuery;
  onQueryChange: (query: DirectoryQuery) => void;
  layout: Layout;
  onLayoutChange: (layout: Layout) => void;
  onOpen: (id: number) => void;
  /** Editors see why a withheld detail is not shown. */
  canEdit: boolean;
  /** The councillor whose profile is open (or was, until focus is back): their card is kept in view. */
  revealId?: number;
}

/** Cards are shown a page at a time, so the rest of the page stays within reach. */
export const CARDS_PER_PAGE = 12;

const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  cabinet: strings.roleKindCabinet,
  chair: strings.roleKindChair,
  outside: strings.roleKindOutside
};

function countText(count: number): string {
  if (count === 0) return strings.resultCountNone;
  if (count === 1) return strings.resultCountOne;
  return format(strings.resultCount, { count });
}

const COLLAPSE = { count: 6, showMore: (total: number) => format(strings.showMore, { count: total }), showFewer: strings.showFewer };

/** Search as you type, A–Z, facets with counts, sort, and cards or a compact list. */
export function DirectoryPanel(props: IDirectoryPanelProps): JSX.Element {
  const { view, query, onQueryChange, layout, onLayoutChange, onOpen } = props;
  const px = useIdPrefix();
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const results = React.useMemo(() => runQuery(view.people, query), [view.people, query]);
  const { revealId } = props;
  const paged = usePaged(results.people, CARDS_PER_PAGE, results, revealId === undefined ? undefined : (p) => p.id === revealId);
  const set = (patch: Partial<DirectoryQuery>): void => onQueryChange({ ...query, ...patch });
  const memberChannel = view.channel === 'member-profile';

  const facet = <V extends string | number>(key: FacetKey, items: Array<{ value: V; label: Presented }>): Array<IFacetOption<V>> =>
    items.map((i) => ({ ...i, count: results.counts[key].get(i.value) ?? 0 }));
  // The product's own words go through the directory's screen too, so a facet holds only screened labels.
  const roleLabels = React.useMemo(() => ROLE_KINDS.map((k) => ({ value: k, label: presentBuilt(view.screen, [], () => ROLE_KIND_LABELS[k]) })), [view.screen]);
  const wardOptions = facet('wards', view.wards.map((w) => ({ value: w.id, label: w.title })));
  const groupOptions = facet('groups', view.groups.map((g) => ({ value: g.id, label: g.name })));
  const bodyOptions = facet(
    'bodies',
    view.bodies.filter((b) => b.kind !== 'Council').map((b) => ({ value: b.id, label: b.title }))
  );
  const roleOptions = facet('roleKinds', roleLabels);

  // Each ticked facet value as a removable chip.
  const optionsOf: Record<FacetKey, Array<IFacetOption<string | number>>> = {
    wards: wardOptions,
    groups: groupOptions,
    bodies: bodyOptions,
    roleKinds: roleOptions
  };
  const chips = FACET_KEYS.flatMap((key) => {
    const selected = query[key] as ReadonlyArray<string | number>;
    return selected.map((value) => ({
      key: `${key}-${value}`,
      label: plainText(optionsOf[key].find((o) => o.value === value)?.label),
      remove: () => set({ [key]: selected.filter((v) => v !== value) })
    }));
  });
  const active = activeFilterCount(query);

  return (
    <div>
      <h3>{strings.directoryHeading}</h3>
      <div className={styles.toolbar}>
        <div className={`${styles.field} ${styles.searchField}`}>
          <label htmlFor={`${px}-search`}>{strings.searchLabel}</label>
          <div className={styles.searchBox}>
            <input
              id={`${px}-search`}
              className={styles.input}
              type="search"
              autoComplete="off"
              placeholder={strings.searchPlaceholder}
              value={query.text}
              onChange={(e) => set({ text: e.target.value })}
            />
            {query.text && (
              <button type="button" className={`${styles.button} ${styles.clearSearch}`} onClick={() => set({ text: '' })}>
                {strings.clearSearch}
              </button>
            )}
          </div>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${px}-sort`}>{strings.sortLabel}</label>
          <select id={`${px}-sort`} className={styles.select} value={query.sort} onChange={(e) => set({ sort: e.target.value as SortKey })}>
            <option value="surname">{strings.sortSurname}</option>
            <option value="ward">{strings.sortWard}</option>
          </select>
        </div>
        <fieldset className={styles.segmented}>
          <legend>{strings.layoutLabel}</legend>
          <span className={styles.segmentButtons}>
            {(['cards', 'list'] as Layout[]).map((l) => (
              <button
                key={l}
                type="button"
                className={layout === l ? `${styles.button} ${styles.pressed}` : styles.button}
                aria-pressed={layout === l}
                onClick={() => onLayoutChange(l)}
              >
                {l === 'cards' ? strings.layoutCards : strings.layoutList}
              </button>
            ))}
          </span>
        </fieldset>
        <button
          type="button"
          className={styles.button}
          aria-expanded={filtersOpen}
          aria-controls={`${px}-filters`}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {active ? format(strings.filtersButtonActive, { count: active }) : strings.filtersButton}
        </button>
      </div>

      {filtersOpen && (
        <div id={`${px}-filters`} className={styles.filters}>
          <FacetFilters legend={strings.facetWard} idPrefix={`${px}-f-ward`} options={wardOptions} selected={query.wards} onChange={(wards) => set({ wards })} collapse={COLLAPSE} />
          {memberChannel && (
            <FacetFilters legend={strings.facetGroup} idPrefix={`${px}-f-group`} options={groupOptions} selected={query.groups} onChange={(groups) => set({ groups })} />
          )}
          <FacetFilters legend={strings.facetBody} idPrefix={`${px}-f-body`} options={bodyOptions} selected={query.bodies} onChange={(bodies) => set({ bodies })} collapse={COLLAPSE} />
          <FacetFilters legend={strings.facetRoleKind} idPrefix={`${px}-f-role`} options={roleOptions} selected={query.roleKinds} onChange={(roleKinds) => set({ roleKinds })} />
        </div>
      )}

      {chips.length > 0 && (
        <ul className={styles.chips} aria-label={strings.filtersButton}>
          {chips.map((c) => (
            <li key={c.key}>
              <button type="button" onClick={c.remove} aria-label={format(strings.removeFilter, { label: c.label })}>
                {c.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => set({ wards: [], groups: [], bodies: [], roleKinds: [] })}>
              {strings.clearFilters}
            </button>
          </li>
        </ul>
      )}

      <ul className={styles.az} aria-label={strings.azLabel}>
        <li>
          <button
            type="button"
            aria-pressed={query.letter === ''}
            className={query.letter === '' ? styles.pressed : undefined}
            onClick={() => set({ letter: '' })}
          >
            {strings.azAll}
          </button>
        </li>
        {LETTERS.map((l) => (
          <li key={l}>
            <button
              type="button"
              aria-pressed={query.letter === l}
              aria-label={format(strings.azLetterLabel, { letter: l })}
              className={query.letter === l ? styles.pressed : undefined}
              disabled={query.letter !== l && !results.letters.has(l)}
              onClick={() => set({ letter: query.letter === l ? '' : l })}
            >
              {l}
            </button>
          </li>
        ))}
      </ul>

      <p className={styles.status} role="status" aria-live="polite" aria-atomic="true">
        {countText(results.people.length)}
        {results.people.length === 0 && ` ${strings.noResultsHint}`}
      </p>

      {layout === 'cards' ? (
        <ul className={styles.cards} aria-label={strings.directoryHeading}>
          {paged.shown.map((p) => (
            <MemberCard key={p.id} view="directory" person={p} onOpen={onOpen} canEdit={props.canEdit} />
          ))}
        </ul>
      ) : (
        <MemberTable people={paged.shown} memberChannel={memberChannel} onOpen={onOpen} />
      )}
      <ShowMore
        shown={paged.shown.length}
        total={paged.total}
        pageSize={CARDS_PER_PAGE}
        onMore={paged.more}
        label={(next) => (next === 1 ? strings.moreCardsOne : format(strings.moreCards, { count: next }))}
        status={(shown, total) => format(strings.cardsShown, { shown, total })}
      />
    </div>
  );
}

interface IMemberTableProps {
  people: readonly PersonView[];
  memberChannel: boolean;
  onOpen: (id: number) => void;
}

/**
 * The compact list: one row per councillor. On a narrow web part each row reflows into a block
 * of labelled lines (see .reflow), so nothing scrolls sideways; the explicit roles keep it a
 * table to screen readers when CSS changes its display.
 */
function MemberTable(props: IMemberTableProps): JSX.Element {
  const px = useIdPrefix();
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.reflow}`} role="table" aria-labelledby={`${px}-list-caption`}>
        <caption id={`${px}-list-caption`} className={styles.visuallyHidden}>
          {strings.directoryHeading}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{strings.columnName}</th>
            <th scope="col" role="columnheader">{strings.columnWard}</th>
            {props.memberChannel && <th scope="col" role="columnheader">{strings.columnGroup}</th>}
            <th scope="col" role="columnheader">{strings.columnRoles}</th>
            <th scope="col" role="columnheader">{strings.columnEmail}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {props.people.map((p) => (
            <tr key={p.id} role="row">
              <th scope="row" role="rowheader">
                <button id={openButtonId(px, 'directory', p.id)} type="button" className={styles.linkButton} aria-haspopup="dialog" onClick={() => props.onOpen(p.id)}>
                  <PresentedText value={p.name} canEdit={false} inline={true} />
                </button>
              </th>
              <td role="cell" data-label={strings.columnWard}>
                <PresentedText value={p.wardTitle} canEdit={false} inline={true} />
              </td>
              {props.memberChannel && (
                <td role="cell" data-label={strings.columnGroup}>
                  <PresentedText value={p.party?.name} canEdit={false} inline={true} />
                </td>
              )}
              <td role="cell" data-label={strings.columnRoles}>
                {p.headlines.length > 0 && (
                  <ul>
                    {p.headlines.map((h, i) => (
                      <li key={i}>
                        <PresentedText value={h} canEdit={false} inline={true} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td role="cell" data-label={strings.columnEmail}>
                <EmailLink email={p.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The email as a link, when it may be shown; otherwise the notice in its place. */
function EmailLink(props: { email: Presented | undefined }): JSX.Element | null {
  const email = shownText(props.email);
  if (email) return <a href={mailtoHref(email)}>{breakableEmail(email)}</a>;
  return <PresentedText value={props.email} canEdit={false} inline={true} />;
}
