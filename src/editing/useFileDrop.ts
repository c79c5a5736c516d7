/**
 * A zone that takes files dragged onto it: whether something is being dragged over it now (to
 * show it), and the handlers to spread on the zone. The file input inside stays the way in for
 * the keyboard and screen readers; dropping is a shortcut beside it.
 */
import * as React from 'react';

export interface FileDrop {
  dropping: boolean;
  handlers: Pick<React.HTMLAttributes<HTMLElement>, 'onDragOver' | 'onDragLeave' | 'onDrop'>;
}

export function useFileDrop(onFiles: (files: File[]) => void): FileDrop {
  const [dropping, setDropping] = React.useState(false);
  return {
    dropping,
    handlers: {
      onDragOver: (e) => {
        e.preventDefault();
        setDropping(true);
      },
      onDragLeave: () => setDropping(false),
      onDrop: (e) => {
        e.preventDefault();
        setDropping(false);
        const files = Array.from(e.dataTransfer.files ?? []);
        if (files.length) onFiles(files);
      }
    }
  };
}
