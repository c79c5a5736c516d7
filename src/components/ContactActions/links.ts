/** Safe links for contact actions: every value is encoded, and only mailto:, tel: and https: are made. */

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}

/** tel: in international form from a UK number ("01788 533522" → "tel:+441788533522"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+44${digits.replace(/^(44)?0?/, '')}`;
}

/** A Teams chat deep link with one person. */
export function teamsChatHref(user: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(user)}`;
}
