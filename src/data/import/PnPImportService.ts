/**
 * The "Import and export" area's service over PnPjs: the command line's own import code
 * (./csv, ./election, ./drift), so the web part and `npm run import` cannot disagree. Loaded with
 * the area (its own chunk). Files that cannot be read, elections that cannot be applied, and
 * SharePoint failures come back as ImportError, in words for Democratic Services.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/batching';
import { ukToday } from '../../domain/neutrality/preElection';
import { toDirectoryError } from '../core/errors';
import { LIST_TITLES } from '../lists';
import { maskHas } from '../permissions/mask';
import { CSV_LISTS, type CsvListKey } from './csv/columns';
import { exportCsv, exportFileName } from './csv/exportCsv';
import { CsvReadError } from './csv/format';
import { importCsv } from './csv/importCsv';
import { csvErrors, type CsvPlan } from './csv/plan';
import { writeCsvPlan, type CsvWriteSummary } from './csv/write';
import { DriftReadError, readLastDriftReport, type DriftReport } from './drift';
import { applyCsvElection, applyElection, ElectionRefused, planCsvElection, planElection, type ElectionPlan } from './election';
import type { ImportProblem } from './moderngov/council';
import { readSavedAnswers } from './moderngov/source';
import { ModernGovReadError } from './moderngov/xml';
import { importModernGov } from './moderngovImport';
import type { ImportPlan } from './plan';
import { ImportError, type ElectionCheck, type ElectionOutcome, type ElectionSource, type ExportedFile, type IImportService, type ImportRights } from './service';
import { readSite, type SiteData } from './site';

export interface ImportServiceOptions {
  /** Today in the UK (yyyy-mm-dd): the export's file name, and which ModernGov terms have ended. */
  today?: () => string;
}

type Held =
  | { kind: 'csv'; election: ElectionPlan<CsvPlan>; site: SiteData }
  | { kind: 'moderngov'; election: ElectionPlan<ImportPlan>; site: SiteData };

/** ModernGov's problems, as the page lists them: by record, naming the field. */
const fromImportProblem = (p: ImportProblem): { message: string } => ({ message: p.message });

/** Runs an action; whatever it throws becomes an ImportError a person can act on. */
async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof CsvReadError || e instanceof ModernGovReadError || e instanceof DriftReadError || e instanceof RangeError) throw new ImportError('file', e.message);
    if (e instanceof ElectionRefused) throw new ImportError('refused', e.message);
    const d = toDirectoryError(e);
    throw new ImportError('site', d.message, d.kind);
  }
}

export class PnPImportService implements IImportService {
  private readonly sp: SPFI;
  private readonly today: () => string;
  private asked: Promise<ImportRights> | undefined;
  /** Elections checked here, by the check the page holds: only a checked election can be applied. */
  private readonly held = new WeakMap<object, Held>();

  public constructor(sp: SPFI, options: ImportServiceOptions = {}) {
    this.sp = sp;
    this.today = options.today ?? (() => ukToday());
  }

  public rights(): Promise<ImportRights> {
    this.asked ??= guarded(async () => {
      // One $batch: the effective permissions of each list (EditListItems, AddListItems), never a role name.
      const [batched, execute] = this.sp.batched();
      const asked = CSV_LISTS.map((list) => SPQueryable(batched.web.lists.getByTitle(LIST_TITLES[list]), 'EffectiveBasePermissions')<Record<string, unknown>>());
      const settled = Promise.allSettled(asked);
      await execute();
      const out = {} as ImportRights;
      (await settled).forEach((r, i) => {
        const mask = r.status === 'fulfilled' ? ((r.value.EffectiveBasePermissions as Record<string, unknown> | undefined) ?? r.value) : {};
        out[CSV_LISTS[i]] = { edit: maskHas(mask, 'EditListItems'), add: maskHas(mask, 'AddListItems') };
      });
      return out;
    }).catch((e) => {
      this.asked = undefined;
      throw e;
    });
    return this.asked;
  }

  public exportList(list: CsvListKey): Promise<ExportedFile> {
    return guarded(async () => {
      const { text, rows } = await exportCsv(this.sp, list);
      return { text, rows, fileName: exportFileName(list, this.today()) };
    });
  }

  public checkCsv(list: CsvListKey, file: ArrayBuffer | string, fileName: string): Promise<CsvPlan> {
    // The file is read first: one that is not a CSV of the list is refused before the site is read.
    return guarded(async () => (await importCsv(this.sp, file, { list, source: fileName, dryRun: true })).plan);
  }

  public importCsv(plan: CsvPlan): Promise<CsvWriteSummary> {
    return guarded(() => writeCsvPlan(this.sp, plan));
  }

  public lastDriftReport(): Promise<DriftReport | undefined> {
    return guarded(() => readLastDriftReport(this.sp));
  }

  public checkElection(source: ElectionSource, date: string): Promise<ElectionCheck> {
    return guarded(async () => {
      if (source.kind === 'csv') {
        const [{ plan }, site] = await Promise.all([importCsv(this.sp, source.file, { list: 'members', source: source.fileName, dryRun: true }), readSite(this.sp)]);
        const election = planCsvElection(plan, site, date);
        const joining = election.import.rows.filter((r) => r.outcome === 'create').map((r) => ({ name: r.label, row: r.row }));
        const problems = [...csvErrors(election.import), ...election.problems.map(fromImportProblem)];
        return this.hold({ kind: 'csv', election, site }, { date, source: source.fileName, joining, updating: election.import.counts.update, problems, refused: election.refused });
      }
      const names = source.files.map((f) => f.name);
      const answers = await readSavedAnswers('the ModernGov files', { names, read: async (n) => source.files.find((f) => f.name === n)?.text ?? '' });
      // Terms are judged by the day after the election at the earliest, as the command line does.
      const today = this.today() > date ? this.today() : date;
      const { plan, site } = await importModernGov(this.sp, answers, { today, dryRun: true });
      const election = planElection(plan, site, date);
      const joining = plan.members.create.map((m) => ({ name: m.label }));
      const problems = [...plan.problems, ...election.problems].map(fromImportProblem);
      return this.hold({ kind: 'moderngov', election, site }, { date, source: names.join(', '), joining, updating: plan.members.update.filter((u) => u.changes.length > 0).length, problems });
    });
  }

  private hold(held: Held, check: Omit<ElectionCheck, 'leaving' | 'ending' | 'plan'>): ElectionCheck {
    const bodies = new Map(held.site.bodies.map((b) => [b.id, b.record.title]));
    const plan = {};
    this.held.set(plan, held);
    return {
      ...check,
      leaving: held.election.leaving.map((l) => ({ id: l.member.id, name: l.name })),
      ending: held.election.ending.map((e) => ({ id: e.membership.id, member: e.member, role: e.membership.record.role, body: bodies.get(e.membership.record.bodyId) ?? `item ${e.membership.record.bodyId}` })),
      plan
    };
  }

  public applyElection(check: ElectionCheck): Promise<ElectionOutcome> {
    return guarded(async () => {
      const held = this.held.get(check.plan as object);
      if (!held) throw new ImportError('refused', 'This election has already been applied, or was never checked: check it again first.');
      // Once only: a second press must not apply it twice.
      this.held.delete(check.plan as object);
      if (held.kind === 'csv') {
        const r = await applyCsvElection(this.sp, held.election, held.site);
        return { markedFormer: r.markedFormer, membershipsEnded: r.membershipsEnded, added: r.imported.created, updated: r.imported.updated, problems: [...r.imported.problems, ...r.problems.map(fromImportProblem)] };
      }
      const r = await applyElection(this.sp, held.election, held.site);
      const w = r.imported;
      return { markedFormer: r.markedFormer, membershipsEnded: r.membershipsEnded, added: w.members.created, updated: w.members.updated, problems: r.problems.map(fromImportProblem) };
    });
  }
}
