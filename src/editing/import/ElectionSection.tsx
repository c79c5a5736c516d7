/**
 * "After an election": the date and the council after the election (a CSV of Members, or the
 * files saved from ModernGov), then the dry run — who becomes former, whose memberships end on the
 * date, who is added — and only after an explicit confirmation, the election itself.
 */
import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { ElectionCheck, ElectionOutcome, ElectionSource, IImportService, ImportRights } from '../../data/import/service';
import { formatUkDate } from '../../domain/neutrality/preElection';
import { isoFromUk } from '../form/convert';
import { bytesOfFile, textOfFile } from './download';
import { FileChooser } from './FileChooser';
import { checkFailure, Counted, Lines, Outcome, ProblemTable, readChosen, ResultHeading, Table, useAction } from './parts';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

export interface IElectionSectionProps {
  service: IImportService;
  rights: ImportRights;
  prefix: string;
  onWritten: () => void;
}

type Kind = ElectionSource['kind'];
type Step = { step: 'choose' } | { step: 'checked'; check: ElectionCheck } | { step: 'applied'; check: ElectionCheck; outcome: ElectionOutcome };

function Checked(props: { check: ElectionCheck }): JSX.Element {
  const { check } = props;
  const date = formatUkDate(check.date);
  return (
    <>
      <h4>{s.leavingHeading(check.leaving.length)}</h4>
      <Lines items={check.leaving.map((l) => l.name)} />
      <h4>{s.endingHeading(check.ending.length, date)}</h4>
      {check.ending.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <Table
          caption={s.endingCaption(date)}
          columns={[s.columnMember, s.columnRole, s.columnBody]}
          rows={check.ending.map((e) => ({ key: e.id, header: e.member, cells: [e.role, e.body] }))}
        />
      )}
      <h4>{s.joiningHeading(check.joining.length)}</h4>
      <Lines items={check.joining.map((j) => (j.row === undefined ? j.name : s.rowLabel(j.row, j.name)))} />
      {check.updating > 0 && <p>{s.updating(check.updating)}</p>}
      <Counted count={check.problems.length} heading={s.problemsHeading}>
        {/* A CSV's problems are by row and column; ModernGov's by record. */}
        {check.problems.some((p) => p.row !== undefined) ? (
          <ProblemTable problems={check.problems} caption={s.problemsCaption(check.source)} />
        ) : (
          <Lines items={check.problems.map((p) => p.message)} />
        )}
      </Counted>
    </>
  );
}

export function ElectionSection(props: IElectionSectionProps): JSX.Element {
  const { service, rights, prefix } = props;
  const [dateText, setDateText] = React.useState('');
  const [dateError, setDateError] = React.useState('');
  const [kind, setKind] = React.useState<Kind>('csv');
  const [files, setFiles] = React.useState<File[]>([]);
  const [fileError, setFileError] = React.useState('');
  const [step, setStep] = React.useState<Step>({ step: 'choose' });
  const [confirming, setConfirming] = React.useState(false);
  const action = useAction();
  const ids = { date: `${prefix}-election-date`, file: `${prefix}-election-file` };

  if (!(rights.members.edit && rights.members.add && rights.memberships.edit)) return <p>{s.electionNoRights}</p>;

  const check = async (): Promise<void> => {
    if (action.busy) return;
    action.setError('');
    const date = isoFromUk(dateText);
    setDateError(date ? '' : s.dateInvalid);
    setFileError(files.length ? '' : kind === 'csv' ? s.noFile : s.noFiles);
    if (!date) return document.getElementById(ids.date)?.focus();
    if (!files.length) return document.getElementById(ids.file)?.focus();
    await action.run(
      s.checkingElection,
      async () => {
        const source: ElectionSource = await readChosen(
          kind === 'csv'
            ? bytesOfFile(files[0]).then((file) => ({ kind, fileName: files[0].name, file }))
            : Promise.all(files.map(async (f) => ({ name: f.name, text: await textOfFile(f) }))).then((read) => ({ kind, files: read }))
        );
        const checked = await service.checkElection(source, date);
        action.setStatus(`${s.leavingHeading(checked.leaving.length)}; ${s.endingHeading(checked.ending.length, formatUkDate(date))}; ${s.joiningHeading(checked.joining.length)}.`);
        setStep({ step: 'checked', check: checked });
      },
      checkFailure
    );
  };

  const apply = (checked: ElectionCheck): Promise<void> => {
    setConfirming(false);
    return action.run(s.applying, async () => {
      const outcome = await service.applyElection(checked);
      props.onWritten();
      action.setStatus(s.appliedAnnounce(outcome.markedFormer, outcome.membershipsEnded));
      setStep({ step: 'applied', check: checked, outcome });
    });
  };

  const again = (): void => {
    setStep({ step: 'choose' });
    action.clear();
    setTimeout(() => document.getElementById(ids.date)?.focus(), 0);
  };

  const date = step.step === 'choose' ? '' : formatUkDate(step.check.date);
  return (
    <section className={styles.section}>
      <h3>{s.electionHeading}</h3>
      <p>{s.electionIntro}</p>
      {step.step === 'choose' && (
        <>
          <div className={styles.field}>
            <label className={styles.label} htmlFor={ids.date}>
              {s.dateLabel}
            </label>
            <span className={styles.hint} id={`${ids.date}-hint`}>
              {s.dateHint}
            </span>
            <input
              id={ids.date}
              className={styles.input}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={dateText}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={`${ids.date}-hint${dateError ? ` ${ids.date}-error` : ''}`}
              onChange={(e) => setDateText(e.target.value)}
            />
            {dateError && (
              <span id={`${ids.date}-error`} className={styles.error}>
                {dateError}
              </span>
            )}
          </div>
          <fieldset className={styles.radios}>
            <legend>{s.sourceLegend}</legend>
            {(['csv', 'moderngov'] as const).map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name={`${prefix}-election-source`}
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setFiles([]);
                  }}
                />{' '}
                {k === 'csv' ? s.sourceCsv : s.sourceModernGov}
              </label>
            ))}
          </fieldset>
          <FileChooser
            key={kind}
            id={ids.file}
            label={kind === 'csv' ? s.fileLabel : s.filesLabel}
            accept={kind === 'csv' ? '.csv,.txt,text/csv' : '.xml,text/xml,application/xml'}
            multiple={kind === 'moderngov'}
            files={files}
            onChange={setFiles}
            error={fileError}
          />
          <div className={styles.actions}>
            <button type="button" className={styles.primary} onClick={() => void check()}>
              {s.checkElection}
            </button>
          </div>
        </>
      )}
      <Outcome status={action.status} error={action.error} />
      {step.step === 'checked' && (
        <div data-election-check="">
          <ResultHeading>{s.electionCheckedHeading}</ResultHeading>
          <Checked check={step.check} />
          {step.check.refused && (
            <div className={styles.notice} role="alert">
              <strong>{s.refusedTitle}.</strong> {step.check.refused}
            </div>
          )}
          <div className={styles.actions}>
            {!step.check.refused && (
              <button type="button" className={styles.primary} aria-haspopup="dialog" onClick={() => setConfirming(true)}>
                {s.apply}
              </button>
            )}
            <button type="button" className={styles.button} onClick={again}>
              {s.goBack}
            </button>
          </div>
          <Dialog
            hidden={!confirming}
            onDismiss={() => setConfirming(false)}
            dialogContentProps={{
              type: DialogType.normal,
              title: s.confirmTitle(date),
              subText: s.confirmText(step.check.leaving.length, step.check.ending.length, date, step.check.joining.length)
            }}
            modalProps={{ isBlocking: true }}
          >
            <DialogFooter>
              <PrimaryButton onClick={() => void apply(step.check)} text={s.confirm} />
              <DefaultButton onClick={() => setConfirming(false)} text={s.goBack} />
            </DialogFooter>
          </Dialog>
        </div>
      )}
      {step.step === 'applied' && (
        <div data-election-result="">
          <ResultHeading>{s.appliedHeading}</ResultHeading>
          <p>{s.applied(step.outcome.markedFormer, step.outcome.membershipsEnded, step.outcome.added, step.outcome.updated)}</p>
          <Counted count={step.outcome.problems.length} heading={s.notWrittenHeading}>
            <ProblemTable problems={step.outcome.problems} caption={s.notWrittenCaption} />
          </Counted>
        </div>
      )}
    </section>
  );
}
