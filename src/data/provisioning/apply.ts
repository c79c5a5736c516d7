/**
 * Carries out a provisioning plan through PnPjs, list by list in the package's order (a list
 * comes after the lists its lookups point at): the list, then its columns and indexes in one
 * batch, then its default view in another. A write that fails is reported with its list and
 * column; the rest go ahead, and a second run picks up what is left.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { AddFieldOptions } from '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import type { ListPlan, ProvisioningPlan } from './plan';

/** Keep the schema's Name (SharePoint names a field after its display name otherwise), and show it in the list's forms. */
const FIELD_OPTIONS = (AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddToDefaultContentType) as AddFieldOptions;

export interface ApplyResult {
  /** What could not be written, in plain words. */
  failures: string[];
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const changed = (changes: ReadonlyArray<{ field: string; to: unknown }>): Record<string, unknown> => Object.fromEntries(changes.map((c) => [c.field, c.to]));

async function applyList(sp: SPFI, step: ListPlan, listIds: Map<string, string>, failures: string[]): Promise<void> {
  const d = step.definition;
  let id = step.existing?.id;
  if (step.action === 'create') {
    // Made at its address first (lists.add names the address after the title), then given its title.
    const added = await sp.web.lists.add(d.url.replace(/^Lists\//, ''), d.description, d.template, false, { EnableVersioning: d.enableVersioning });
    id = String(added.Id);
    // The read setting goes with the title, in the same MERGE an update sends (1 is a new list's own).
    await sp.web.lists.getById(id).update(d.readSecurity === 1 ? { Title: d.title } : { Title: d.title, ReadSecurity: d.readSecurity });
  } else if (step.action === 'update') {
    await sp.web.lists.getById(id!).update(changed(step.changes));
  }
  listIds.set(d.url.toLowerCase(), id!);

  const [batched, execute] = sp.batched();
  const fields = batched.web.lists.getById(id!).fields;
  const writes: Array<Promise<unknown>> = [];
  // Columns that are not there after this run: the default view leaves them out rather than fail.
  const notMade = new Set<string>();
  const track = (what: string, p: Promise<unknown>, column?: string): void =>
    void writes.push(
      p.catch((e: unknown) => {
        if (column) notMade.add(column);
        failures.push(`${d.title}: ${what} failed: ${reason(e)}`);
      })
    );
  for (const f of step.fields) {
    const def = f.definition;
    if (f.action === 'create') {
      const target = def.lookupListUrl ? listIds.get(def.lookupListUrl.toLowerCase()) : undefined;
      if (def.lookupListUrl && !target) {
        notMade.add(def.internalName);
        failures.push(`${d.title}: the column ${def.internalName} was not made, because ${def.lookupListUrl} could not be found.`);
        continue;
      }
      track(`making the column ${def.internalName}`, fields.createFieldAsXml({ SchemaXml: def.schemaXml(target), Options: FIELD_OPTIONS }), def.internalName);
    } else if (f.action === 'update') {
      const props = changed(f.changes);
      // keep any choices the council added
      if (props.Choices) props.Choices = [...(def.choices ?? []), ...(f.existing?.choices ?? []).filter((c) => !(def.choices ?? []).includes(c))];
      track(`updating the column ${def.internalName}`, fields.getByInternalNameOrTitle(def.internalName).update(props, 'SP.Field'));
    }
  }
  for (const ix of step.indexes) {
    if (ix.action === 'create' && ix.existing) track(`indexing the column ${ix.definition.internalName}`, fields.getByInternalNameOrTitle(ix.definition.internalName).update({ Indexed: true }, 'SP.Field'));
  }
  await execute();
  await Promise.all(writes);

  if (step.view && step.view.action !== 'unchanged') {
    const v = step.view.definition;
    const [vb, run] = sp.batched();
    const view = vb.web.lists.getById(id!).defaultView;
    const shown = v.fields.filter((name) => !notMade.has(name));
    const viewWrites = [view.fields.removeAll(), ...shown.map((name) => view.fields.add(name)), view.update({ ViewQuery: v.queryXml, RowLimit: v.rowLimit, Paged: v.paged })];
    const done = Promise.all(viewWrites.map((p) => p.catch((e: unknown) => failures.push(`${d.title}: setting up the default view failed: ${reason(e)}`))));
    await run();
    await done;
  }
}

/** Applies the plan; lists that cannot be made or changed are reported, and their columns skipped. */
export async function applyProvisioningPlan(sp: SPFI, plan: ProvisioningPlan): Promise<ApplyResult> {
  const failures: string[] = [];
  const listIds = new Map(plan.lists.filter((l) => l.existing).map((l) => [l.definition.url.toLowerCase(), l.existing!.id]));
  for (const step of plan.lists) {
    try {
      await applyList(sp, step, listIds, failures);
    } catch (e) {
      failures.push(`${step.definition.title}: the list could not be ${step.action === 'create' ? 'made' : 'updated'}: ${reason(e)}`);
    }
  }
  return { failures };
}
