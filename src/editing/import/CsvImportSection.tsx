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
import { Lines, ProblemTable, ResultHeading, Status } from './parts';
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

const mayImport = (rights: ImportRights, list: CsvListKey): boolean => rights[list].edit || rights[list].add;

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
      {problems.length > 0 && (
        <>
          <h4>{s.problemsHeading(problems.length)}</h4>
          <ProblemTable problems={problems} caption={s.problemsCaption(plan.source)} />
        </>
      )}
      {changes.length > 0 && (
        <>
          <h4>{s.changesHeading(changes.length)}</h4>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>{s.changesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.columnRow}</th>
                  <th scope="col">{s.columnRecord}</th>
                  <th scope="col">{s.columnColumn}</th>
                  <th scope="col">{s.columnNow}</th>
                  <th scope="col">{s.columnNew}</th>
                </tr>
              </thead>
              <tbody>
                {changes.flatMap((r) =>
                  r.changes.length === 0
                    ? [
                        <tr key={r.row}>
                          <td>{r.row}</td>
                          <td>{r.label}</td>
                          <td colSpan={3}>{s.matchedByName}</td>
                        </tr>
                      ]
                    : r.changes.map((x, i) => (
                        <tr key={`${r.row}-${i}`}>
                          <td>{r.row}</td>
                          <td>{r.label}</td>
                          <td>{x.column}</td>
                          <td>{x.from || s.blank}</td>
                          <td>{x.to || s.blank}</td>
                        </tr>
                      ))
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      {adds.length > 0 && (
        <>
          <h4>{s.addsHeading(adds.length)}</h4>
          <Lines items={adds.map((r) => s.rowLabel(r.row, r.label))} />
        </>
      )}
      {notes.length > 0 && (
        <>
          <h4>{s.notesHeading(notes.length)}</h4>
          <Lines items={notes.map((p) => (p.row === undefined ? p.message : `${s.rowLabel(p.row, p.column ? `${p.column}: ${p.message}` : p.message)}`))} />
        </>
      )}
    </>
  );
}

export function CsvImportSection(props: ICsvImportSectionProps): JSX.Element {
  const { service, rights, prefix } = props;
  const importable = CSV_LISTS.filter((l) => mayImport(rights, l));
  const exportOnly = CSV_LISTS.filter((l) => !mayImport(rights, l));
  const [list, setList] = React.useState<CsvListKey | undefined>(importable[0]);
  const [files, setFiles] = React.useState<File[]>([]);
  const [fileError, setFileError] = React.useState('');
  const [step, setStep] = React.useState<Step>({ step: 'choose' });
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const fileInput = `${prefix}-csv-file`;

  if (!list) return <p>{s.noListsToImport}</p>;

  const check = async (): Promise<void> => {
    if (busy) return;
    const file = files[0];
    setError('');
    if (!file) {
      setFileError(s.noFile);
      document.getElementById(fileInput)?.focus();
      return;
    }
    setFileError('');
    setBusy(true);
    setStatus(s.checking(file.name));
    try {
      let bytes: ArrayBuffer;
      try {
        bytes = await bytesOfFile(file);
      } catch {
        throw new Error(s.readFailed);
      }
      const plan = await service.checkCsv(list, bytes, file.name);
      const c = plan.counts;
      setStatus(`${s.checkedSummary(plan.source, c.rows)} ${[s.toAdd(c.create), s.toChange(c.update), s.unchanged(c.unchanged), s.withProblems(c.invalid)].join(', ')}.`);
      setStep({ step: 'checked', plan });
    } catch (e) {
      setStatus('');
      setError(e instanceof Error && e.message === s.readFailed ? s.readFailed : failureText(e));
    } finally {
      setBusy(false);
    }
  };

  const write = async (plan: CsvPlan): Promise<void> => {
    if (busy) return;
    const valid = plan.counts.create + plan.counts.update;
    setBusy(true);
    setError('');
    setStatus(s.importing(valid));
    try {
      const summary = await service.importCsv(plan);
      if (summary.created + summary.updated > 0) props.onWritten();
      setStatus(s.importedAnnounce(summary.created, summary.updated, summary.notWritten));
      setStep({ step: 'written', plan, summary });
    } catch (e) {
      setStatus('');
      setError(s.siteFailed(failureText(e)));
    } finally {
      setBusy(false);
    }
  };

  const again = (): void => {
    setStep({ step: 'choose' });
    setFiles([]);
    setStatus('');
    setError('');
    setTimeout(() => document.getElementById(fileInput)?.focus(), 0);
  };

  return (
    <section className={styles.section}>
      <h3>{s.importHeading}</h3>
      <p>{s.importIntro}</p>
      {exportOnly.length > 0 && <p>{s.listNotImportable(exportOnly.map((l) => CSV_SPECS[l].title).join(' or '))}</p>}
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
      <Status text={status} />
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
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
          {step.summary.problems.length > 0 && (
            <>
              <h4>{s.notWrittenHeading(step.summary.problems.length)}</h4>
              <ProblemTable problems={step.summary.problems} caption={s.notWrittenCaption} />
              <p>{s.afterImport}</p>
            </>
          )}
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
