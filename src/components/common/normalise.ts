/**
 * The one text normaliser for matching what people type against names: lower case, no accents,
 * curly quotes straightened, single spaces ("O’Brien" and "o'brien" match).
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
