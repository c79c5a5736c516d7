/**
 * Contact details for fictional people: council email addresses that stay unique, and phone
 * numbers only from Ofcom's ranges reserved for drama (they can never ring a real person).
 *
 * Ofcom, "Telephone numbers for use in TV and radio drama": 01632 960000–960999 (a landline
 * range with no real area behind it) and 07700 900000–900999 (mobiles).
 */

export const DRAMA_LANDLINE = { prefix: '01632 960', first: 0, last: 999 } as const;
export const DRAMA_MOBILE = { prefix: '07700 900', first: 0, last: 999 } as const;

/** Whether a phone number (in the written form the schemas store) is in a drama range. */
export function isDramaNumber(phone: string): boolean {
  return /^01632 960\d{3}$/.test(phone) || /^07700 900\d{3}$/.test(phone);
}

/** Hands out drama-range numbers in turn; wraps round (numbers repeat) once the 1,000 are used. */
export class PhoneBook {
  private landline: number;
  private mobile: number;
  public constructor(landlineStart = 0, mobileStart = 0) {
    this.landline = landlineStart;
    this.mobile = mobileStart;
  }
  public nextLandline(): string {
    const n = this.landline++ % 1000;
    return `${DRAMA_LANDLINE.prefix}${String(n).padStart(3, '0')}`;
  }
  public nextMobile(): string {
    const n = this.mobile++ % 1000;
    return `${DRAMA_MOBILE.prefix}${String(n).padStart(3, '0')}`;
  }
}

/** "Siân O'Neill-Hughes" → "sian" / "oneill-hughes": lower case ASCII letters and hyphens only. */
export function emailSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/\s+/g, '')
    .replace(/[^a-z-]/g, '');
}

/**
 * Issues `first.last@domain` addresses, adding a number on a clash (`first.last2@…`), the way
 * council IT departments do. One registry per council keeps members and officers apart.
 */
export class EmailRegistry {
  private readonly used = new Map<string, number>();
  public constructor(private readonly domain: string) {}

  public issue(givenName: string, familyName: string): string {
    const base = `${emailSlug(givenName)}.${emailSlug(familyName)}`;
    return this.issueLocal(base);
  }

  /** Team mailboxes and other fixed local parts ("planning", "waste"). */
  public issueLocal(base: string): string {
    const seen = this.used.get(base);
    if (seen === undefined) {
      this.used.set(base, 1);
      return `${base}@${this.domain}`;
    }
    let n = seen + 1;
    while (this.used.has(`${base}${n}`)) n++;
    this.used.set(base, n);
    this.used.set(`${base}${n}`, 1);
    return `${base}${n}@${this.domain}`;
  }
}
