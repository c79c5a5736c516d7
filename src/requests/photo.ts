/**
 * A new photo in a change request travels inside the request (councillors may add requests,
 * never files), so it must fit SharePoint's multiple lines of text: it is redrawn smaller, and
 * at lower JPEG qualities, until it does. Still twice the size the profile shows it.
 */
import { MAX_PHOTO_DATA_URL } from '../data/requests/types';

/** Pixels of a photo in a request (the profile shows 96; twice that, and some). */
export const REQUEST_PHOTO_SIZE = 240;

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The photo could not be read.'));
    reader.readAsDataURL(blob);
  });
}

async function redraw(blob: Blob, size: number, quality: number): Promise<Blob | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return undefined;
  const image = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, size, size);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/jpeg', quality));
}

/** The photo as a JPEG data address that fits a request, or undefined when it cannot be made to fit. */
export async function requestPhoto(blob: Blob): Promise<string | undefined> {
  for (const [size, quality] of [[REQUEST_PHOTO_SIZE, 0.85], [REQUEST_PHOTO_SIZE, 0.7], [200, 0.6], [160, 0.5]] as const) {
    const smaller = await redraw(blob, size, quality).catch(() => undefined);
    if (!smaller) break;
    const url = await dataUrlOf(smaller);
    if (url.length <= MAX_PHOTO_DATA_URL) return url;
  }
  // Where the browser cannot redraw it, the photo as it is, if it fits.
  const url = blob.type === 'image/jpeg' ? await dataUrlOf(blob) : '';
  return url && url.length <= MAX_PHOTO_DATA_URL ? url : undefined;
}

/** The picture in a request, back as a file to upload when it is approved. */
export function photoBlob(dataUrl: string): Blob {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes = atob(base64);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return new Blob([out], { type: 'image/jpeg' });
}
