import type { Presented } from '../../domain/neutrality/screened';

export interface IPersonAvatarProps {
  /** The person's name, screened: used for the initials and, when `decorative` is false, the alt text. */
  name: Presented;
  /** A photo on the SharePoint site or an https address, screened; initials are shown without one (or when it is withheld). */
  photoUrl?: Presented;
  /** Pixel size of the square avatar (default 48). */
  size?: number;
  /** True when the name is shown beside the avatar, so screen readers do not hear it twice (default true). */
  decorative?: boolean;
  /**
   * While true, a photo not already shown on this page waits and the initials show instead (same
   * colour): a list passes it while someone types, so the frame for each keystroke is not spent
   * fetching and decoding photos. Photos appear once typing pauses.
   */
  deferPhoto?: boolean;
}
