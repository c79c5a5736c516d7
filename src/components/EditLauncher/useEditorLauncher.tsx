/**
 * Opening the editor: the forms, pickers, photo handling and conflict view live in src/editing
 * and load only when someone presses Edit (their own chunk, with the editing service's), so the
 * read bundles stay small. Focus returns to the Edit button when the editor closes, and a save
 * is announced in a polite live region that stays on the page.
 */
import * as React from 'react';
import type { IDirectoryEditor } from '../../data/editing/types';
import type { EditorChoices, EditorOutcome, EditTarget } from '../../editing/types';
import { format } from '../common/format';
import { LazyArea } from './LazyArea';
import { editMessages } from './messages';
import styles from './EditLauncher.module.scss';

const EditorHost = React.lazy(() => import(/* webpackChunkName: 'directory-editor' */ '../../editing/EditorHost'));

export interface EditorSource {
  openEditor?: () => Promise<IDirectoryEditor>;
}

export interface EditorLauncherOptions {
  /** After a save: read SharePoint again so the page shows the change. */
  onSaved: () => void;
  /** Ids in the editor start with this. */
  prefix: string;
  themeStyle?: React.CSSProperties;
}

export interface EditorLauncher {
  /** Whether this web part can edit at all (its repository has an editing service). */
  available: boolean;
  open: (target: EditTarget, choices: EditorChoices) => void;
  /** The editor (while open) and the "Saved" announcement: render it once in the web part. */
  element: JSX.Element;
}

export function useEditorLauncher(source: EditorSource, options: EditorLauncherOptions): EditorLauncher {
  const [open, setOpen] = React.useState<{ target: EditTarget; choices: EditorChoices; editor: Promise<IDirectoryEditor>; n: number } | undefined>();
  const [announcement, setAnnouncement] = React.useState('');
  const returnTo = React.useRef<HTMLElement | null>(null);
  const count = React.useRef(0);
  const onSaved = React.useRef(options.onSaved);
  onSaved.current = options.onSaved;

  const start = React.useCallback(
    (target: EditTarget, choices: EditorChoices) => {
      if (!source.openEditor) return;
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAnnouncement('');
      setOpen({ target, choices, editor: source.openEditor(), n: ++count.current });
    },
    [source]
  );

  const close = React.useCallback((outcome: EditorOutcome) => {
    setOpen(undefined);
    if (outcome.saved) {
      setAnnouncement(format(editMessages.saved, { what: outcome.what ?? '' }));
      onSaved.current();
    }
    const back = returnTo.current;
    // After the panel has gone (and the page re-rendered), back to the button that opened it.
    setTimeout(() => {
      if (back && document.body.contains(back)) back.focus();
    }, 0);
  }, []);

  const element = (
    <>
      <span className={styles.announce} role="status" aria-live="polite">
        {announcement}
      </span>
      {open && (
        <LazyArea key={open.n} loading={editMessages.opening} failed={editMessages.loadFailed} className={styles.opening}>
          <EditorHost editor={open.editor} target={open.target} choices={open.choices} prefix={`${options.prefix}-edit`} themeStyle={options.themeStyle} onClose={close} />
        </LazyArea>
      )}
    </>
  );
  return { available: !!source.openEditor, open: start, element };
}
