/** "Export": each list as a CSV file for Excel (UTF-8 with a byte-order mark), one button each. */
import * as React from 'react';
import { CSV_LISTS, CSV_SPECS, type CsvListKey } from '../../data/import/csv/columns';
import type { IImportService } from '../../data/import/service';
import { downloadText } from './download';
import { failureText } from './failure';
import { Outcome } from './parts';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

export function ExportSection(props: { service: IImportService }): JSX.Element {
  const [busy, setBusy] = React.useState<CsvListKey | undefined>();
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState('');

  const run = async (list: CsvListKey): Promise<void> => {
    // While one export runs the buttons stay where they are (a disabled button would drop the focus).
    if (busy) return;
    const title = CSV_SPECS[list].title;
    setBusy(list);
    setError('');
    setStatus(s.exporting(title));
    try {
      const file = await props.service.exportList(list);
      downloadText(file.text, file.fileName);
      setStatus(s.exported(title, file.rows, file.fileName));
    } catch (e) {
      setStatus('');
      setError(failureText(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className={styles.section}>
      <h3>{s.exportHeading}</h3>
      <p>{s.exportIntro}</p>
      <p className={styles.notice}>{s.exportPersonal}</p>
      <div className={styles.actions}>
        {CSV_LISTS.map((list) => (
          <button key={list} type="button" className={styles.button} aria-label={s.exportButtonLabel(CSV_SPECS[list].title)} aria-disabled={busy !== undefined && busy !== list ? true : undefined} onClick={() => void run(list)}>
            {s.exportButton(CSV_SPECS[list].title)}
          </button>
        ))}
      </div>
      <Outcome status={status} error={error} />
    </section>
  );
}
