/**
 * The "Import and export" button (a small chunk of its own, loaded once SharePoint has said the
 * user may import): it opens the area, which loads only when it is pressed. Closed after
 * something was written, the page reads SharePoint again; focus goes back to the button.
 */
import * as React from 'react';
import type { IImportService } from '../../data/import/service';
import styles from './ImportExport.module.scss';
import { launcherStrings as s } from './launcherStrings';

const ImportExportPanel = React.lazy(() => import(/* webpackChunkName: 'import-export' */ './ImportExportPanel'));

export interface IImportExportButtonProps {
  open: () => Promise<IImportService>;
  prefix: string;
  onWritten: () => void;
  themeStyle?: React.CSSProperties;
}

class AreaBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? <p role="alert">{s.loadFailed}</p> : this.props.children;
  }
}

export default function ImportExportButton(props: IImportExportButtonProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const [service, setService] = React.useState<Promise<IImportService> | undefined>();
  const button = React.useRef<HTMLButtonElement>(null);
  const written = React.useRef(false);
  return (
    <>
      <p className={styles.launcher}>
        <button
          ref={button}
          type="button"
          className={styles.button}
          aria-haspopup="dialog"
          aria-label={s.openLabel}
          data-import-export-button=""
          onClick={() => {
            // One service for the page: what the user may change is asked once.
            setService((x) => x ?? props.open());
            setOpen(true);
          }}
        >
          {s.open}
        </button>
      </p>
      {service && (
        <AreaBoundary>
          <React.Suspense fallback={<p role="status">{s.loading}</p>}>
            <ImportExportPanel
              isOpen={open}
              service={service}
              prefix={props.prefix}
              themeStyle={props.themeStyle}
              onWritten={() => {
                written.current = true;
              }}
              onDismiss={() => {
                setOpen(false);
                if (written.current) {
                  written.current = false;
                  props.onWritten();
                }
              }}
              onDismissed={() => button.current?.focus()}
            />
          </React.Suspense>
        </AreaBoundary>
      )}
    </>
  );
}
