/**
 * What every part loaded on demand (import and export, the neutrality report, change requests, a
 * record's history) needs around it, in one place: a message if its chunk cannot be loaded, a
 * status line while it loads, and for a panel, the button that opens it and gets the focus back
 * when it closes. In the read bundles, so it stays this small.
 */
import * as React from 'react';
import styles from './EditLauncher.module.scss';

class AreaBoundary extends React.Component<{ failed: string; className?: string; children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className={this.props.className}>
        {this.props.failed}
      </p>
    );
  }
}

export interface ILazyAreaProps {
  /** Said while the part loads: "Opening import and export…". */
  loading: string;
  /** Said if it cannot be loaded, with what to do. */
  failed: string;
  /** The class of those two lines, where the part's own styles set them apart. */
  className?: string;
  children: React.ReactNode;
}

/** A lazily loaded part: a status line while it loads, a message if it cannot be. */
export function LazyArea(props: ILazyAreaProps): JSX.Element {
  return (
    <AreaBoundary failed={props.failed} className={props.className}>
      <React.Suspense
        fallback={
          <p className={props.className} role="status">
            {props.loading}
          </p>
        }
      >
        {props.children}
      </React.Suspense>
    </AreaBoundary>
  );
}

export interface AreaLauncher {
  /** The panel is open now. */
  isOpen: boolean;
  /** It has been opened once: from then on it is loaded and kept. */
  used: boolean;
  close: () => void;
  /** After the close animation: focus back to the button. */
  focusButton: () => void;
}

export interface ILauncherButtonProps {
  /** The visible text. */
  text: string;
  /** The accessible name, saying what the panel is for. */
  label: string;
  className: string;
  /** Before it opens (start loading what the panel needs). */
  onOpen?: () => void;
  /** Marks the button (`data-…=""`), for the page's own tests and tools. */
  marker?: `data-${string}`;
}

/** A button that opens a panel, and what the panel needs to know of it. */
export function useAreaLauncher(button: ILauncherButtonProps): { launcher: AreaLauncher; element: JSX.Element } {
  const [isOpen, setOpen] = React.useState(false);
  const [used, setUsed] = React.useState(false);
  const ref = React.useRef<HTMLButtonElement>(null);
  const element = (
    <p className={styles.launcher}>
      <button
        ref={ref}
        type="button"
        className={button.className}
        aria-haspopup="dialog"
        aria-label={button.label}
        onClick={() => {
          button.onOpen?.();
          setOpen(true);
          setUsed(true);
        }}
        {...(button.marker ? { [button.marker]: '' } : {})}
      >
        {button.text}
      </button>
    </p>
  );
  return { launcher: { isOpen, used, close: () => setOpen(false), focusButton: () => ref.current?.focus() }, element };
}
