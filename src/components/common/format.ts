/** Fills {placeholders}: format('{count} councillors', { count: 3 }) → '3 councillors'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** 20,000: numbers as British English writes them. */
export function n(value: number): string {
  return value.toLocaleString('en-GB');
}

/** "09:30" from an ISO time, or '' when there is none. */
export function timeOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "3 May 2026" from an ISO date and time, as the UK calendar has it, or '' when there is none. */
export function dayOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}
