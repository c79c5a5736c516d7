import type {
  Body,
  LiaisonOfficer,
  Member,
  Membership,
  Officer,
  PoliticalGroup,
  ServiceArea,
  Ward
} from '../../src/domain/model';
import type { MemberChannelEntry } from '../../src/domain/neutrality/memberChannels';

export type { Body, LiaisonOfficer, Member, Membership, Officer, PoliticalGroup, ServiceArea, Ward };

export interface DemoPhoto {
  kind: 'member' | 'officer';
  /** The member's or officer's id. */
  id: number;
  /** The person's photoUrl is `/sites/council/SiteAssets/Photos/<fileName>`. */
  fileName: string;
  svg: string;
}

/** One council's worth of list items, ids starting at 1 in every list. */
export interface DemoDataset {
  council: { name: string; shortName: string; domain: string };
  wards: Ward[];
  politicalGroups: PoliticalGroup[];
  members: Member[];
  bodies: Body[];
  memberships: Membership[];
  serviceAreas: ServiceArea[];
  officers: Officer[];
  liaisonOfficers: LiaisonOfficer[];
  /** Democratic Services' Member Channels list: the pages that show councillors' parties. */
  memberChannels: MemberChannelEntry[];
  photos: DemoPhoto[];
}

export interface LargeCouncilOptions {
  /** Councillors (default 200). */
  members?: number;
  /** Officers (default 20,000). */
  officers?: number;
  /** Wards of 1–3 seats (default 70). */
  wards?: number;
  /** PRNG seed (default 2024). */
  seed?: number;
  /** Generate an SVG avatar per person (default true); without, people have no photoUrl. */
  photos?: boolean;
}
