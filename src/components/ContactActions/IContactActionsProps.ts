import type { Presented } from '../../domain/neutrality/screened';
import type { VCardContact } from './vCard';

export interface IContactActionsProps {
  /** Whose contact details these are, e.g. "Cllr Jane Smith"; used in every action's accessible name. */
  name: Presented;
  email?: Presented;
  /** A UK number already validated by the domain (e.g. "01788 533522"). */
  phone?: Presented;
  mobile?: Presented;
  /** Opens a Teams chat with this address (the person's sign-in name, usually their email). */
  teamsUser?: Presented;
  /** When given, offers "Download contact card" (a .vcf file). */
  vCard?: VCardContact;
  /** Short labels for cards ("Email", "Call"); the full address and numbers otherwise. */
  compact?: boolean;
}
