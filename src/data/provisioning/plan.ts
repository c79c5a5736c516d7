/**
 * What provisioning would do to a site: for every list the package defines, whether to create it,
 * bring it up to date or leave it, and the same for each of its columns, indexes and its default
 * view. Planned with the one diff engine (src/data/sync/plan.ts); nothing is written here, so a
 * dry run is the plan itself.
 *
 * Nothing is ever deleted: a column or list the package does not define stays, and a choice a
 * council added stays. What cannot be changed safely (a column of another type, a lookup to
 * another list, a library where a list should be) is reported as a conflict and left alone.
 */
import { planChanges, type FieldChange, type FieldRule } from '../sync/plan';
import type { FieldDefinition, ListDefinition, ViewDefinition } from './definitions';
import type { FieldState, ListState, ViewState } from './siteState';

export type Action = 'create' | 'update' | 'unchanged';

export interface Step<S, D> {
  action: Action;
  definition: D;
  existing?: S;
  changes: FieldChange[];
}

export interface ListPlan extends Step<ListState, ListDefinition> {
  fields: Array<Step<FieldState, FieldDefinition>>;
  /** One per indexed column of the definition. */
  indexes: Array<Step<FieldState, FieldDefinition>>;
  view?: Step<ViewState, ViewDefinition>;
}

export interface ProvisioningPlan {
  lists: ListPlan[];
  /** What was found that provisioning will not change, in plain words. */
  conflicts: string[];
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The `--json` summary: how many lists, columns, indexes and views are (or would be) created, updated and left unchanged. */
export interface ProvisioningCounts {
  lists: Counts;
  fields: Counts;
  indexes: Counts;
  views: Counts;
}

/** What a new custom list has before anything is added: its Title column and the All Items view. */
function newListState(d: ListDefinition): ListState {
  return {
    id: '', title: d.title, url: d.url, description: d.description, baseTemplate: 100, enableVersioning: d.enableVersioning, readSecurity: 1,
    fields: [{ id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', internalName: 'Title', title: 'Title', type: 'Text', required: true, indexed: false, maxLength: 255, description: '', defaultValue: null }],
    defaultView: { id: '', title: 'All Items', fields: ['LinkTitle'], query: '', rowLimit: 30, paged: true }
  };
}

/** SharePoint's type names: a multi-value lookup or person column says LookupMulti / UserMulti. */
const sameType = (site: string, def: string): boolean => site.toLowerCase() === def.toLowerCase();

/** The package's choices must all be offered; ones the council added are kept. */
const hasChoices = (site: unknown, def: unknown): boolean => !Array.isArray(def) || (Array.isArray(site) && def.every((c) => (site as string[]).includes(c)));

const FIELD_RULES: ReadonlyArray<FieldRule<FieldState, FieldDefinition>> = [
  { field: 'Title', existing: (f) => f.title, incoming: (d) => d.displayName },
  { field: 'Required', existing: (f) => f.required, incoming: (d) => d.required },
  { field: 'MaxLength', existing: (f) => f.maxLength, incoming: (d) => (d.type === 'Text' ? d.maxLength : undefined) },
  { field: 'Description', existing: (f) => f.description, incoming: (d) => d.description },
  { field: 'Choices', existing: (f) => f.choices, incoming: (d) => d.choices, equals: hasChoices },
  { field: 'DefaultValue', existing: (f) => f.defaultValue, incoming: (d) => d.defaultValue }
];

const LIST_RULES: ReadonlyArray<FieldRule<ListState, ListDefinition>> = [
  { field: 'Title', existing: (l) => l.title, incoming: (d) => d.title, equals: (a, b) => a === b },
  { field: 'Description', existing: (l) => l.description, incoming: (d) => d.description },
  { field: 'EnableVersioning', existing: (l) => l.enableVersioning, incoming: (d) => d.enableVersioning },
  // Change Requests: each councillor reads only their own (SharePoint enforces it on every read).
  { field: 'ReadSecurity', existing: (l) => l.readSecurity, incoming: (d) => d.readSecurity }
];

const VIEW_RULES: ReadonlyArray<FieldRule<ViewState, ViewDefinition>> = [
  // the columns in their order
  { field: 'ViewFields', existing: (v) => v.fields.join('\n'), incoming: (d) => d.fields.join('\n'), equals: (a, b) => a === b },
  { field: 'ViewQuery', existing: (v) => v.query, incoming: (d) => d.query },
  { field: 'RowLimit', existing: (v) => v.rowLimit, incoming: (d) => d.rowLimit },
  { field: 'Paged', existing: (v) => v.paged, incoming: (d) => d.paged }
];

const actionOf = <I>(plan: { create: I[]; update: Array<{ incoming: I }>; unchanged: Array<{ incoming: I }> }, d: I): Action =>
  plan.create.includes(d) ? 'create' : plan.update.some((u) => u.incoming === d) ? 'update' : 'unchanged';

function planFields(list: ListDefinition, state: ListState, listIds: Map<string, string>, conflicts: string[]): Pick<ListPlan, 'fields' | 'indexes'> {
  const compatible: FieldDefinition[] = [];
  for (const d of list.fields) {
    const f = state.fields.find((x) => x.internalName.toLowerCase() === d.internalName.toLowerCase());
    if (f && !sameType(f.type, d.type)) {
      conflicts.push(`${list.title}: the column ${d.internalName} is ${f.type} on the site but ${d.type} in the package; it was left as it is (change it by hand, or move its data to a new column).`);
      continue;
    }
    const target = d.lookupListUrl ? listIds.get(d.lookupListUrl.toLowerCase()) : undefined;
    if (f && f.lookupList && target && f.lookupList !== target) {
      conflicts.push(`${list.title}: the column ${d.internalName} looks up another list than ${d.lookupListUrl}; it was left as it is.`);
      continue;
    }
    compatible.push(d);
  }
  const plan = planChanges<FieldState, FieldDefinition>({
    existing: state.fields,
    incoming: compatible,
    keyOfExisting: (f) => f.internalName.toLowerCase(),
    keyOfIncoming: (d) => d.internalName.toLowerCase(),
    fields: FIELD_RULES
  });
  const fields = compatible.map((d) => {
    const u = plan.update.find((x) => x.incoming === d);
    const existing = u?.existing ?? plan.unchanged.find((x) => x.incoming === d)?.existing;
    return { action: actionOf(plan, d), definition: d, existing, changes: u?.changes ?? [] };
  });
  const indexes = fields
    .filter((s) => s.definition.indexed)
    .map((s) => ({ action: (s.existing?.indexed ? 'unchanged' : 'create') as Action, definition: s.definition, existing: s.existing, changes: s.existing?.indexed ? [] : [{ field: 'Indexed', from: false, to: true }] }));
  return { fields, indexes };
}

function planView(definition: ViewDefinition, state: ViewState | undefined, listCreated: boolean): Step<ViewState, ViewDefinition> {
  const plan = planChanges<ViewState, ViewDefinition>({ existing: state ? [state] : [], incoming: [definition], keyOfExisting: () => 'default', keyOfIncoming: () => 'default', fields: VIEW_RULES });
  const u = plan.update[0];
  // A new list's All Items view is made into the package's view: that view is created with the list.
  const action = listCreated ? 'create' : actionOf(plan, definition);
  return { action, definition, existing: state, changes: u?.changes ?? [] };
}

/** Plans every list of the package against what the site has. */
export function planProvisioning(definitions: readonly ListDefinition[], site: readonly ListState[]): ProvisioningPlan {
  const conflicts: string[] = [];
  // A list is the package's when it is at the package's address; failing that, a list with its title is adopted.
  const keyOf = (l: ListState): string | undefined => {
    const byUrl = definitions.find((d) => d.url.toLowerCase() === l.url.toLowerCase());
    if (byUrl) return byUrl.url.toLowerCase();
    const byTitle = definitions.find((d) => d.title.toLowerCase() === l.title.toLowerCase());
    if (byTitle && !site.some((o) => o.url.toLowerCase() === byTitle.url.toLowerCase())) return byTitle.url.toLowerCase();
    return undefined;
  };
  const usable = site.filter((l) => {
    if (keyOf(l) === undefined || l.baseTemplate === 100) return true;
    conflicts.push(`${l.title} (${l.url}) is not a custom list (template ${l.baseTemplate}), so the package's ${l.title} list could not be made there; rename or move it first.`);
    return false;
  });
  const blocked = new Set(site.filter((l) => !usable.includes(l)).map(keyOf));
  const wanted = definitions.filter((d) => !blocked.has(d.url.toLowerCase()));
  const lists = planChanges<ListState, ListDefinition>({
    existing: usable,
    incoming: wanted,
    keyOfExisting: keyOf,
    keyOfIncoming: (d) => d.url.toLowerCase(),
    fields: LIST_RULES
  });
  const listIds = new Map(usable.filter((l) => keyOf(l)).map((l) => [keyOf(l)!, l.id]));
  const steps: ListPlan[] = wanted.map((d) => {
    const u = lists.update.find((x) => x.incoming === d);
    const existing = u?.existing ?? lists.unchanged.find((x) => x.incoming === d)?.existing;
    const action = actionOf(lists, d);
    const state = existing ?? newListState(d);
    const { fields, indexes } = planFields(d, state, listIds, conflicts);
    const step: ListPlan = { action, definition: d, existing, changes: u?.changes ?? [], fields, indexes };
    if (d.defaultView) step.view = planView(d.defaultView, state.defaultView, action === 'create');
    return step;
  });
  return { lists: steps, conflicts };
}

function count(steps: ReadonlyArray<{ action: Action }>): Counts {
  return {
    created: steps.filter((s) => s.action === 'create').length,
    updated: steps.filter((s) => s.action === 'update').length,
    unchanged: steps.filter((s) => s.action === 'unchanged').length
  };
}

export function planCounts(plan: ProvisioningPlan): ProvisioningCounts {
  return {
    lists: count(plan.lists),
    fields: count(plan.lists.flatMap((l) => l.fields)),
    indexes: count(plan.lists.flatMap((l) => l.indexes)),
    views: count(plan.lists.flatMap((l) => (l.view ? [l.view] : [])))
  };
}

/** Whether the plan would change anything. */
export const planChangesNothing = (plan: ProvisioningPlan): boolean => {
  const c = planCounts(plan);
  return [c.lists, c.fields, c.indexes, c.views].every((x) => x.created === 0 && x.updated === 0);
};
