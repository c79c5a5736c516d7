/**
 * The editor's panel: a heading, the form, and Save and Cancel always at hand. Esc, Cancel, the
 * close button or a click outside close it, but never silently over unsaved changes: then it asks
 * first. Closing the browser tab with unsaved changes asks too.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import styles from './Editor.module.scss';
import { strings } from './strings';

/** Lets a form's Cancel close the panel the same careful way as Esc and the close button. */
export const EditorFrameContext = React.createContext<{ requestClose: () => void }>({ requestClose: () => undefined });

export interface IEditorFrameProps {
  heading: string;
  isOpen: boolean;
  /** Unsaved changes: closing asks first. */
  dirty: boolean;
  onClose: () => void;
  themeStyle?: React.CSSProperties;
  children: React.ReactNode;
}

const REDUCED_MOTION = { selectors: { '@media (prefers-reduced-motion: reduce)': { animation: 'none', transition: 'none' } } };
const CLOSE_FOCUS = { selectors: { ':focus-visible': { outline: '2px solid var(--cd-focus, #000000)', outlineOffset: '2px' } } };
const PANEL_STYLES = { main: REDUCED_MOTION, overlay: REDUCED_MOTION, subComponentStyles: { closeButton: { root: CLOSE_FOCUS } } };

export function EditorFrame(props: IEditorFrameProps): JSX.Element {
  const [asking, setAsking] = React.useState(false);
  const { dirty, onClose } = props;

  React.useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const dismiss = (ev?: React.SyntheticEvent | KeyboardEvent): void => {
    if (dirty) {
      ev?.preventDefault();
      setAsking(true);
      return;
    }
    onClose();
  };

  const frame = React.useMemo(() => ({ requestClose: () => dismiss() }), [dirty, onClose]);

  return (
    <Panel
      isOpen={props.isOpen}
      type={PanelType.large}
      styles={PANEL_STYLES}
      headerText={props.heading}
      headerTextProps={{ 'aria-level': 2 } as React.HTMLAttributes<HTMLDivElement>}
      closeButtonAriaLabel={strings.close}
      isLightDismiss={true}
      onDismiss={dismiss}
      focusTrapZoneProps={{ disableRestoreFocus: true }}
      popupProps={{ shouldRestoreFocus: false }}
    >
      <div style={props.themeStyle} className={styles.editor} data-editor="">
        <EditorFrameContext.Provider value={frame}>{props.children}</EditorFrameContext.Provider>
      </div>
      <Dialog
        hidden={!asking}
        onDismiss={() => setAsking(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.unsavedTitle, subText: strings.unsavedText }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton onClick={() => setAsking(false)} text={strings.keepEditing} />
          <DefaultButton
            onClick={() => {
              setAsking(false);
              onClose();
            }}
            text={strings.discard}
          />
        </DialogFooter>
      </Dialog>
    </Panel>
  );
}
