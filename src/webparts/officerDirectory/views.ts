/**
 * What the Officer Directory's components render: every text from the officer-channel view
 * projections (views.ts in the neutrality layer) as `Presented`, screened or withheld in place.
 * The model keeps the validated records beside these for matching (the search indexes) and for
 * the editors' forms; components take only these views, so they cannot be handed unscreened text.
 *
 * At 20,000 officers nothing is screened up front: a row or a card is projected the first time it
 * is shown and kept (per record), and the screener keeps its results per distinct text, so a
 * keystroke screens only the names it has not shown before.
 */
import type { StoredOfficer } from '../../domain/model/officer';
import type { StoredServiceArea } from '../../domain/model/serviceArea';
import type { StoredWard } from '../../domain/model/ward';
import type { Presented } from '../../domain/neutrality/screened';
import { officerView, presentBuilt, presentComposed, type ViewScreen } from '../../domain/neutrality/views';
import type { LiaisonContact } from '../../data/officers/IOfficerDirectoryRepository';

export interface ServiceView {
  id: number;
  title: Presented;
  directorate?: Presented;
  /** Screened, or withheld (invalid, or failed the screen). */
  description?: Presented;
  keywords: Presented[];
  teamEmail?: Presented;
  teamPhone?: Presented;
  webPage?: Presented;
}

export interface WardOption {
  id: number;
  title: Presented;
}

export interface DirectorateView {
  label: Presented;
  services: ServiceView[];
}

/** An officer on a card or as a liaison officer. */
export interface PersonView {
  id: number;
  /** "Sam Patel". */
  name: Presented;
  givenName: Presented;
  familyName: Presented;
  jobTitle?: Presented;
  email?: Presented;
  phone?: Presented;
  mobile?: Presented;
  /** Their sign-in name, for Teams and the profile card (else their email). */
  signIn?: Presented;
  location?: Presented;
  photoUrl?: Presented;
  serviceAreaId?: number;
  politicallyRestricted?: boolean;
}

/** An officer as a row of the virtualised list: only what the row shows, so a keystroke screens little. */
export interface OfficerRow {
  id: number;
  name: Presented;
  jobTitle?: Presented;
  service?: Presented;
  photoUrl?: Presented;
}

type OfficerLike = LiaisonContact & Partial<Pick<StoredOfficer, 'location' | 'photoUrl' | 'serviceAreaId' | 'politicallyRestricted' | 'userPrincipalName'>>;

export interface DirectoryViews {
  readonly screen: ViewScreen;
  /** A–Z, as the model lists them. */
  readonly services: ServiceView[];
  service(id: number | undefined): ServiceView | undefined;
  readonly wards: WardOption[];
  ward(id: number): WardOption | undefined;
  /** An officer's card or liaison entry, projected once per record. */
  person(o: OfficerLike): PersonView;
  /** A row of the officer list, projected once per record. */
  row(o: Pick<StoredOfficer, 'id' | 'givenName' | 'familyName' | 'jobTitle' | 'photoUrl' | 'serviceAreaId'>): OfficerRow;
  /** The screened form of a service's keywords, as the topic search names them (as written). */
  keywords(serviceId: number, written: readonly string[]): Presented[];
  /** "Planning (Place and Economy)": a service with its directorate. */
  serviceWithDirectorate(service: ServiceView): Presented;
  /** Text of the product's own, screened like the rest (a heading the page builds from its words). */
  own(text: string): Presented;
}

export function createDirectoryViews(
  screen: ViewScreen,
  services: readonly StoredServiceArea[],
  wards: readonly StoredWard[],
  descriptions: ReadonlyMap<number, Presented | undefined>
): DirectoryViews {
  const serviceViews = services.map((s): ServiceView => {
    const v = officerView.serviceArea(s, screen);
    // The description as the model has it: invalid values and the fail-closed notice already decided.
    return { ...v, keywords: v.keywords ?? [], description: descriptions.get(s.id) };
  });
  const byId = new Map(serviceViews.map((s) => [s.id, s]));
  const raw = new Map(services.map((s) => [s.id, s]));
  const wardViews = wards.map((w) => ({ id: w.id, title: officerView.ward({ title: w.title }, screen).title as Presented }));
  const wardById = new Map(wardViews.map((w) => [w.id, w]));
  const people = new WeakMap<object, PersonView>();
  const rows = new WeakMap<object, OfficerRow>();
  const name = (given: Presented | undefined, family: Presented | undefined): Presented =>
    // Words can join across fields into a name ("Green" "Party"): the whole name is screened too.
    presentBuilt(screen, [given ?? '', family ?? ''], ([g, f]) => `${g} ${f}`.trim());

  return {
    screen,
    services: serviceViews,
    service: (id) => (id === undefined ? undefined : byId.get(id)),
    wards: wardViews,
    ward: (id) => wardById.get(id),
    person(o) {
      let p = people.get(o);
      if (!p) {
        const v = officerView.officer(
          { givenName: o.givenName, familyName: o.familyName, jobTitle: o.jobTitle || undefined, email: o.email, phone: o.phone, mobile: o.mobile, location: o.location, photoUrl: o.photoUrl, userPrincipalName: o.userPrincipalName },
          screen
        );
        p = {
          id: o.id,
          name: name(v.givenName, v.familyName),
          givenName: v.givenName,
          familyName: v.familyName,
          jobTitle: v.jobTitle,
          email: v.email,
          phone: v.phone,
          mobile: v.mobile,
          signIn: v.userPrincipalName ?? v.email,
          location: v.location,
          photoUrl: v.photoUrl,
          serviceAreaId: o.serviceAreaId || undefined,
          politicallyRestricted: o.politicallyRestricted
        };
        people.set(o, p);
      }
      return p;
    },
    row(o) {
      let r = rows.get(o);
      if (!r) {
        const v = officerView.officer({ givenName: o.givenName, familyName: o.familyName, jobTitle: o.jobTitle || undefined, photoUrl: o.photoUrl }, screen);
        r = { id: o.id, name: name(v.givenName, v.familyName), jobTitle: v.jobTitle, service: o.serviceAreaId ? byId.get(o.serviceAreaId)?.title : undefined, photoUrl: v.photoUrl };
        rows.set(o, r);
      }
      return r;
    },
    keywords(serviceId, written) {
      const s = raw.get(serviceId);
      const v = byId.get(serviceId);
      if (!s || !v) return [];
      return written.flatMap((k) => {
        const i = s.keywords.indexOf(k);
        return i >= 0 && v.keywords[i] !== undefined ? [v.keywords[i]] : [];
      });
    },
    serviceWithDirectorate: (s) => (s.directorate ? presentBuilt(screen, [s.title, s.directorate], ([t, d]) => `${t} (${d})`) : s.title),
    own: (text) => presentComposed(screen, [text]) as Presented
  };
}
