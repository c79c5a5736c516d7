/**
 * Cropping a photo to a square and resizing it, in the browser: the square's size and place in
 * the picture from the editor's zoom and position, then drawn onto a canvas at the size the
 * directory shows photos (twice its largest, for sharp screens) and encoded as JPEG.
 */

/** Pixels of the stored square photo. */
export const PHOTO_SIZE = 400;
/** The largest picture accepted before cropping. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp'];

export interface CropSettings {
  /** 1 (the largest square the picture holds) to 4. */
  zoom: number;
  /** 0–100: where the square sits across the spare width (50 is the middle). */
  x: number;
  /** 0–100: where it sits down the spare height. */
  y: number;
}

export const CENTRED: CropSettings = { zoom: 1, x: 50, y: 50 };

export interface CropSquare {
  sx: number;
  sy: number;
  size: number;
}

export function cropSquare(width: number, height: number, s: CropSettings): CropSquare {
  const zoom = Math.min(4, Math.max(1, s.zoom));
  const size = Math.min(width, height) / zoom;
  const clamp = (v: number): number => Math.min(100, Math.max(0, v)) / 100;
  return { sx: (width - size) * clamp(s.x), sy: (height - size) * clamp(s.y), size };
}

/** "Andrew Whitcombe" → "andrew-whitcombe.jpg". */
export function photoFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'photo'}.jpg`;
}

/** Draws the cropped square onto the canvas and returns it as a JPEG (undefined where the browser cannot). */
export function renderCrop(image: CanvasImageSource & { width: number; height: number }, canvas: HTMLCanvasElement, s: CropSettings): Promise<Blob | undefined> {
  const { sx, sy, size } = cropSquare(image.width, image.height, s);
  canvas.width = PHOTO_SIZE;
  canvas.height = PHOTO_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(undefined);
  ctx.imageSmoothingQuality = 'high';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PHOTO_SIZE, PHOTO_SIZE);
  ctx.drawImage(image, sx, sy, size, size, 0, 0, PHOTO_SIZE, PHOTO_SIZE);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/jpeg', 0.88));
}

/** Why a chosen file cannot be used as a photo, or '' when it can. */
export function photoFileProblem(file: { type: string; size: number }, messages: { notImage: string; tooLarge: string }): string {
  if (!PHOTO_TYPES.includes(file.type)) return messages.notImage;
  if (file.size > MAX_PHOTO_BYTES) return messages.tooLarge;
  return '';
}
