/**
 * A member's photo: keep it, remove it, or choose (or drop) a new picture, then move and zoom a
 * square crop of it. The crop is drawn on a canvas at the stored size and kept as a JPEG, ready
 * to upload when the profile is saved.
 */
import * as React from 'react';
import { format } from '../../components/common/format';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import { useFileDrop } from '../useFileDrop';
import { CENTRED, photoFileProblem, renderCrop, type CropSettings } from './crop';

export type PhotoChange = { mode: 'keep' } | { mode: 'remove' } | { mode: 'new'; content: Blob | undefined };

export interface IPhotoFieldProps {
  id: string;
  name: string;
  currentUrl: string | undefined;
  value: PhotoChange;
  onChange: (value: PhotoChange) => void;
}

export function PhotoField(props: IPhotoFieldProps): JSX.Element {
  const { id, value, onChange } = props;
  const input = React.useRef<HTMLInputElement>(null);
  const canvas = React.useRef<HTMLCanvasElement>(null);
  const [image, setImage] = React.useState<HTMLImageElement | undefined>();
  const [crop, setCrop] = React.useState<CropSettings>(CENTRED);
  const [problem, setProblem] = React.useState('');
  const errorId = `${id}-error`;

  const take = (file: File | undefined): void => {
    if (!file) return;
    const why = photoFileProblem(file, { notImage: strings.photoNotImage, tooLarge: strings.photoTooLarge });
    setProblem(why);
    if (why) return;
    // A data: address, not a blob: one: pages may allow only their own and data: images.
    const reader = new FileReader();
    reader.onerror = () => setProblem(strings.photoUnreadable);
    reader.onload = () => {
      const img = new Image();
      img.onload = () => {
        setImage(img);
        setCrop(CENTRED);
        onChange({ mode: 'new', content: undefined });
      };
      img.onerror = () => setProblem(strings.photoUnreadable);
      img.src = String(reader.result);
    };
    reader.readAsDataURL(file);
  };
  const drop = useFileDrop((files) => take(files[0]));

  React.useEffect(() => {
    if (!image || !canvas.current || value.mode !== 'new') return undefined;
    let live = true;
    void renderCrop(image, canvas.current, crop).then((content) => {
      if (live) onChange({ mode: 'new', content });
    });
    return () => {
      live = false;
    };
  }, [image, crop, value.mode]);

  const slider = (key: keyof CropSettings, label: string, min: number, max: number, step: number): JSX.Element => (
    <label className={styles.field} style={{ display: 'block' }}>
      <span className={styles.label}>{label}</span>
      <input className={styles.range} type="range" min={min} max={max} step={step} value={crop[key]} onChange={(e) => setCrop((c) => ({ ...c, [key]: Number(e.target.value) }))} />
    </label>
  );

  return (
    <div>
      <div className={styles.photo}>
        {value.mode === 'new' && image ? (
          <canvas ref={canvas} role="img" aria-label={format(strings.photoPreview, { name: props.name })} />
        ) : value.mode !== 'remove' && props.currentUrl ? (
          <img src={props.currentUrl} alt={format(strings.photoCurrent, { name: props.name })} />
        ) : (
          <p>{value.mode === 'remove' ? strings.photoWillRemove : strings.photoNone}</p>
        )}
        <div
          className={drop.dropping ? `${styles.dropZone} ${styles.dropping}` : styles.dropZone}
          {...drop.handlers}
          data-photo-drop=""
        >
          <button type="button" id={id} className={styles.button} onClick={() => input.current?.click()} aria-describedby={problem ? errorId : undefined}>
            {strings.photoChoose}
          </button>{' '}
          <span className={styles.hint} style={{ display: 'inline' }}>
            {strings.photoDrop}
          </span>
          <input
            ref={input}
            className={styles.fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/bmp"
            tabIndex={-1}
            aria-hidden="true"
            data-photo-input=""
            onChange={(e) => {
              take(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <p className={styles.actions}>
            {(props.currentUrl || value.mode === 'new') && value.mode !== 'remove' && (
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => {
                  setImage(undefined);
                  onChange({ mode: 'remove' });
                }}
              >
                {strings.photoRemove}
              </button>
            )}
            {value.mode !== 'keep' && props.currentUrl && (
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => {
                  setImage(undefined);
                  onChange({ mode: 'keep' });
                }}
              >
                {strings.photoUndo}
              </button>
            )}
          </p>
        </div>
      </div>
      {problem && (
        <span id={errorId} className={styles.error} role="alert">
          {problem}
        </span>
      )}
      {value.mode === 'new' && image && (
        <div>
          <p className={styles.hint}>{strings.photoCropHint}</p>
          {slider('zoom', strings.photoZoom, 1, 4, 0.1)}
          {slider('x', strings.photoLeftRight, 0, 100, 1)}
          {slider('y', strings.photoUpDown, 0, 100, 1)}
        </div>
      )}
    </div>
  );
}
