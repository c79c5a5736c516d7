/**
 * The "Import and export" button (a small chunk of its own, loaded once SharePoint has said the
 * user may import): it opens the area, which loads only when it is pressed. Closed after
 * something was written, the page reads SharePoint again; focus goes back to the button.
 */
import * as React from 'react';
import { LazyArea, useAreaLauncher } from '../../components/EditLauncher/LazyArea';
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

export default function ImportExportButton(props: IImportExportButtonProps): JSX.Element {
  const [service, setService] = React.useState<Promise<IImportService> | undefined>();
  const written = React.useRef(false);
  const { launcher, element } = useAreaLauncher({
    text: s.open,
    label: s.openLabel,
    className: styles.button,
    marker: 'data-import-export-button',
    // One service for the page: what the user may change is asked once.
    onOpen: () => setService((x) => x ?? props.open())
  });
  return (
    <>
      {element}
      {service && (
        <LazyArea loading={s.loading} failed={s.loadFailed}>
          <ImportExportPanel
            isOpen={launcher.isOpen}
            service={service}
            prefix={props.prefix}
            themeStyle={props.themeStyle}
            onWritten={() => {
              written.current = true;
            }}
            onDismiss={() => {
              launcher.close();
              if (written.current) {
                written.current = false;
                props.onWritten();
              }
            }}
            onDismissed={launcher.focusButton}
          />
        </LazyArea>
      )}
    </>
  );
}
