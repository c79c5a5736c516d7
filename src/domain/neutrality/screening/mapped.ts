/**
 * Text that remembers where each of its characters came from. Every normalisation step produces
 * a new `Mapped` whose characters point back at UTF-16 ranges of the original text, so a finding
 * made on the normalised text can point at exactly what the person wrote.
 */

export interface Mapped {
  readonly text: string;
  /** `start[i]`: offset in the original of the first unit that `text[i]` came from. */
  readonly start: Int32Array;
  /** `end[i]`: offset in the original just after the last unit that `text[i]` came from. */
  readonly end: Int32Array;
}

export function identity(original: string): Mapped {
  const n = original.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: original, start, end };
}

/** Accumulates characters with their original ranges. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  private readonly s: number[] = [];
  private readonly e: number[] = [];

  /** Appends `text`, every unit of which came from original [start, end). */
  public push(text: string, start: number, end: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]);
      this.s.push(start);
      this.e.push(end);
    }
  }

  /** Widens the last character's range to `end` (a dropped accent belongs to the letter before it). */
  public extendLast(end: number): void {
    if (this.e.length > 0 && this.e[this.e.length - 1] < end) this.e[this.e.length - 1] = end;
  }

  public get length(): number {
    return this.parts.length;
  }

  public charAt(i: number): string {
    return this.parts[i];
  }

  public setChar(i: number, ch: string): void {
    this.parts[i] = ch;
  }

  public build(): Mapped {
    return { text: this.parts.join(''), start: Int32Array.from(this.s), end: Int32Array.from(this.e) };
  }
}

/** A replacement of `m.text[start, end)` by `text` (empty to delete; start === end to insert). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; replaced characters point at the whole range they replace. */
export function applyEdits(m: Mapped, edits: Edit[]): Mapped {
  if (edits.length === 0) return m;
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const b = new MappedBuilder();
  let at = 0;
  const copy = (to: number): void => {
    for (; at < to; at++) b.push(m.text[at], m.start[at], m.end[at]);
  };
  for (const ed of sorted) {
    if (ed.start < at) continue; // overlapping: the earlier edit wins
    copy(ed.start);
    if (ed.text) {
      if (ed.end > ed.start) b.push(ed.text, m.start[ed.start], m.end[ed.end - 1]);
      else {
        const p = ed.start < m.text.length ? m.start[ed.start] : m.text.length > 0 ? m.end[m.text.length - 1] : 0;
        b.push(ed.text, p, p);
      }
    }
    at = ed.end;
  }
  copy(m.text.length);
  return b.build();
}

/** The original range that `m.text[start, end)` came from (the smallest range covering all of it). */
export function originalSpan(m: Mapped, start: number, end: number): { start: number; end: number } {
  let s = Infinity;
  let e = -Infinity;
  for (let i = start; i < end && i < m.text.length; i++) {
    // An inserted character (an empty range) does not widen the span.
    if (m.start[i] === m.end[i]) continue;
    if (m.start[i] < s) s = m.start[i];
    if (m.end[i] > e) e = m.end[i];
  }
  if (s === Infinity) {
    const p = start < m.text.length ? m.start[start] : m.text.length > 0 ? m.end[m.text.length - 1] : 0;
    return { start: p, end: p };
  }
  return { start: s, end: e };
}
