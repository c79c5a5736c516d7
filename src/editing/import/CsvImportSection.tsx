/**
 * "Import a file": choose the list and the file (or drop it), check it (the dry run: counts,
 * every problem by row and column, every change), then "Import the N valid rows", then what was
 * and was not written. Nothing is written before that button; the rows written are the dry run's,
 * with the versions it read, so a record someone changed meanwhile is left alone and reported.
 */
import * as React from 'react';
import { CSV_LISTS, CSV_SPECS, NOUNS, type CsvListKey } from '../../data/import/csv/columns';
import { csvErrors, csvNotes, type CsvPlan } from '../../data/import/csv/plan';
import type { CsvWriteSummary } from '../../data/import/csv/write';
import type { IImportService, ImportRights } from '../../data/import/service';
import { bytesOfFile } from './download';
import { failureText } from './failure';
import { FileChooser } from './FileChooser';
import { checkFailure, Counted, CountedLines, Outcome, ProblemTable, readChosen, ResultHeading, Table, type TableRow, useAction } from './parts';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

export interface ICsvImportSectionProps {
  service: IImportService;
  rights: ImportRights;
  prefix: string;
  /** Something was written: the page reads SharePoint again when the area closes. */
  onWritten: () => void;
}

type Step = { step: 'choose' } | { step: 'checked'; plan: CsvPlan } | { step: 'written'; plan: CsvPlan; summary: CsvWriteSummary };

// Officers come from Entra ID through the officer sync: a file would put back what the sync replaces.
const KEPT_BY_SYNC: readonly CsvListKey[] = ['officers'];
const mayImport = (rights: ImportRights, list: CsvListKey): boolean => !KEPT_BY_SYNC.includes(list) && (rights[list].edit || rights[list].add);

function DryRun(props: { plan: CsvPlan }): JSX.Element {
  const { plan } = props;
  const c = plan.counts;
  const problems = csvErrors(plan);
  const notes = csvNotes(plan);
  const changes = plan.rows.filter((r) => r.outcome === 'update');
  const adds = plan.rows.filter((r) => r.outcome === 'create');
  const noun = NOUNS[plan.list];
  return (
    <>
      <p>{s.checkedSummary(plan.source, c.rows)}</p>
      <ul className={styles.counts}>
        <li>{s.toAdd(c.create)}</li>
        <li>{s.toChange(c.update)}</li>
        <li>{s.unchanged(c.unchanged)}</li>
        <li>{s.withProblems(c.invalid)}</li>
      </ul>
      {plan.notInFile > 0 && <p>{s.notInFile(plan.notInFile, plan.notInFile === 1 ? noun.one : noun.many, plan.listTitle)}</p>}
      <Counted count={problems.length} heading={s.problemsHeading}>
        <ProblemTable problems={problems} caption={s.problemsCaption(plan.source)} />
      </Counted>
      <Counted count={changes.length} heading={s.changesHeading}>
        <Table
          caption={s.changesCaption}
          columns={[s.columnRow, s.columnRecord, s.columnColumn, s.columnNow, s.columnNew]}
          rows={changes.flatMap<TableRow>((r) =>
            r.changes.length === 0
              ? [{ key: r.row, cells: [r.row, r.label, s.matchedByName], lastSpan: 3 }]
              : r.changes.map((x, i) => ({ key: `${r.row}-${i}`, cells: [r.row, r.label, x.column, x.from || s.blank, x.to || s.blank] }))
          )}
        />
      </Counted>
      <CountedLines heading={s.addsHeading} items={adds.map((r) => s.rowLabel(r.row, r.label))} />
      <CountedLines heading={s.notesHeading} items={notes.map((p) => (p.row === undefined ? p.message : `${s.rowLabel(p.row, p.column ? `${p.column}: ${p.message}` : p.message)}`))} />
    </>
  );
}

export function CsvImportSection(props: ICsvImportSectionProps): JSX.Element {
  const { service, rights, prefix } = props;
  const importable = CSV_LISTS.filter((l) => mayImport(rights, l));
  const exportOnly = CSV_LISTS.filter((l) => !mayImport(rights, l) && !KEPT_BY_SYNC.includes(l));
  const [list, setList] = React.useState<CsvListKey | undefined>(importable[0]);
  const [files, setFiles] = React.useState<File[]>([]);
  const [fileError, setFileError] = React.useState('');
  const [step, setStep] = React.useState<Step>({ step: 'choose' });
  const action = useAction();
  const fileInput = `${prefix}-csv-file`;

  if (!list) return <p>{s.noListsToImport}</p>;

  const check = async (): Promise<void> => {
    if (action.busy) return;
    const file = files[0];
    action.setError('');
    if (!file) {
      setFileError(s.noFile);
      document.getElementById(fileInput)?.focus();
      return;
    }
    setFileError('');
    await action.run(
      s.checking(file.name),
      async () => {
        const plan = await service.checkCsv(list, await readChosen(bytesOfFile(file)), file.name);
        const c = plan.counts;
        action.setStatus(`${s.checkedSummary(plan.source, c.rows)} ${[s.toAdd(c.create), s.toChange(c.update), s.unchanged(c.unchanged), s.withProblems(c.invalid)].join(', ')}.`);
        setStep({ step: 'checked', plan });
      },
      checkFailure
    );
  };

  const write = (plan: CsvPlan): Promise<void> =>
    action.run(
      s.importing(plan.counts.create + plan.counts.update),
      async () => {
        const summary = await service.importCsv(plan);
        if (summary.created + summary.updated > 0) props.onWritten();
        action.setStatus(s.importedAnnounce(summary.created, summary.updated, summary.notWritten));
        setStep({ step: 'written', plan, summary });
      },
      (e) => s.siteFailed(failureText(e))
    );

  const again = (): void => {
    setStep({ step: 'choose' });
    setFiles([]);
    action.clear();
    setTimeout(() => document.getElementById(fileInput)?.focus(), 0);
  };

  return (
    <section className={styles.section}>
      <h3>{s.importHeading}</h3>
      <p>{s.importIntro}</p>
      {exportOnly.length > 0 && <p>{s.listNotImportable(exportOnly.map((l) => CSV_SPECS[l].title).join(' or '))}</p>}
      <p>{s.listKeptBySync(KEPT_BY_SYNC.map((l) => CSV_SPECS[l].title).join(' or '))}</p>
      {step.step === 'choose' && (
        <>
          <label className={styles.field} htmlFor={`${prefix}-csv-list`}>
            <span className={styles.label}>{s.listLabel}</span>
            <select id={`${prefix}-csv-list`} className={styles.input} value={list} onChange={(e) => setList(e.target.value as CsvListKey)}>
              {importable.map((l) => (
                <option key={l} value={l}>
                  {CSV_SPECS[l].title}
                </option>
              ))}
            </select>
          </label>
          <FileChooser id={fileInput} label={s.fileLabel} accept=".csv,.txt,text/csv" files={files} onChange={(f) => setFiles(f)} error={fileError} />
          <div className={styles.actions}>
            <button type="button" className={styles.primary} onClick={() => void check()}>
              {s.check}
            </button>
          </div>
        </>
      )}
      <Outcome status={action.status} error={action.error} />
      {step.step === 'checked' && (
        <div data-dry-run="">
          <ResultHeading>{s.checkedHeading}</ResultHeading>
          <DryRun plan={step.plan} />
          <div className={styles.actions}>
            {step.plan.counts.create + step.plan.counts.update > 0 ? (
              <button type="button" className={styles.primary} onClick={() => void write(step.plan)}>
                {s.importButton(step.plan.counts.create + step.plan.counts.update)}
              </button>
            ) : (
              <p>{s.nothingToImport}</p>
            )}
            <button type="button" className={styles.button} onClick={again}>
              {s.chooseAnother}
            </button>
          </div>
        </div>
      )}
      {step.step === 'written' && (
        <div data-import-result="">
          <ResultHeading>{s.importedHeading}</ResultHeading>
          <p>{s.imported(step.summary.created, step.summary.updated)}</p>
          <p>{s.importedRest(step.summary.unchanged, step.summary.notWritten)}</p>
          <Counted count={step.summary.problems.length} heading={s.notWrittenHeading}>
            <ProblemTable problems={step.summary.problems} caption={s.notWrittenCaption} />
            <p>{s.afterImport}</p>
          </Counted>
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={again}>
              {s.chooseAnother}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
