/**
 * Item ↔ domain mapping for every list. `from*` turn a SharePoint item into the raw shape of a
 * domain record (validated by the caller with the domain schema); `to*` turn a validated
 * domain record into the item body PnPjs sends.
 */
import type {
  BodyInput,
  LiaisonOfficerInput,
  MemberInput,
  MembershipInput,
  OfficerInput,
  PoliticalGroupInput,
  ServiceAreaInput,
  WardInput
} from '../../domain/model';
import {
  fromSpCommaList,
  fromSpDate,
  fromSpIds,
  fromSpImage,
  fromSpLines,
  fromSpUrl,
  opt,
  optString,
  SpItem,
  toSpDate,
  toSpImage,
  toSpUrl
} from './values';

type WithId<T> = T & { id: number };

export function wardFromItem(i: SpItem): WithId<WardInput> {
  return { id: i.Id as number, title: i.Title as string, gssCode: i.GssCode as string, seats: i.Seats as number, description: optString(i.Description) };
}
export function wardToItem(w: WardInput): SpItem {
  return { Title: w.title, GssCode: w.gssCode, Seats: w.seats, Description: w.description ?? null };
}

export function politicalGroupFromItem(i: SpItem): WithId<PoliticalGroupInput> {
  return { id: i.Id as number, name: i.Title as string, shortName: optString(i.ShortName), aliases: fromSpLines(i.Aliases), website: fromSpUrl(i.Website) };
}
export function politicalGroupToItem(g: PoliticalGroupInput): SpItem {
  return { Title: g.name, ShortName: g.shortName ?? null, Aliases: (g.aliases ?? []).join('\n'), Website: toSpUrl(g.website) };
}

export function memberFromItem(i: SpItem): WithId<MemberInput> {
  return {
    id: i.Id as number,
    honorific: optString(i.Honorific),
    givenName: i.GivenName as string,
    familyName: i.FamilyName as string,
    preferredName: optString(i.PreferredName),
    postNominals: optString(i.PostNominals),
    photoUrl: fromSpImage(i.Photo),
    email: i.Email as string,
    phone: optString(i.Phone),
    mobile: optString(i.Mobile),
    postalAddress: optString(i.PostalAddress),
    publishPhone: i.PublishPhone as boolean,
    publishMobile: i.PublishMobile as boolean,
    publishAddress: i.PublishAddress as boolean,
    wardId: i.WardId as number,
    politicalGroupId: (opt(i.PoliticalGroupId) as number | undefined) ?? null,
    partyWebsite: fromSpUrl(i.PartyWebsite),
    termStart: fromSpDate(i.TermStart) as string,
    termEnd: fromSpDate(i.TermEnd),
    skills: fromSpLines(i.Skills),
    biography: optString(i.Biography),
    status: (optString(i.Status) ?? 'Current') as MemberInput['status'],
    accountId: opt(i.AccountId) as number | undefined
  };
}

export function memberDisplayTitle(m: Pick<MemberInput, 'givenName' | 'familyName' | 'preferredName'>): string {
  return `${m.preferredName ?? m.givenName} ${m.familyName}`;
}

export function memberToItem(m: MemberInput): SpItem {
  return {
    Title: memberDisplayTitle(m),
    Honorific: m.honorific ?? null,
    GivenName: m.givenName,
    FamilyName: m.familyName,
    PreferredName: m.preferredName ?? null,
    PostNominals: m.postNominals ?? null,
    Photo: toSpImage(m.photoUrl),
    Email: m.email,
    Phone: m.phone ?? null,
    Mobile: m.mobile ?? null,
    PostalAddress: m.postalAddress ?? null,
    PublishPhone: m.publishPhone ?? true,
    PublishMobile: m.publishMobile ?? false,
    PublishAddress: m.publishAddress ?? false,
    WardId: m.wardId,
    PoliticalGroupId: m.politicalGroupId ?? null,
    PartyWebsite: toSpUrl(m.partyWebsite),
    TermStart: toSpDate(m.termStart),
    TermEnd: toSpDate(m.termEnd),
    Skills: (m.skills ?? []).join('\n'),
    Biography: m.biography ?? null,
    Status: m.status ?? 'Current',
    AccountId: m.accountId ?? null
  };
}

export function bodyFromItem(i: SpItem): WithId<BodyInput> {
  return {
    id: i.Id as number,
    title: i.Title as string,
    kind: i.Kind as BodyInput['kind'],
    description: optString(i.Description),
    webPage: fromSpUrl(i.WebPage),
    sortOrder: opt(i.SortOrder) as number | undefined
  };
}
export function bodyToItem(b: BodyInput): SpItem {
  return { Title: b.title, Kind: b.kind, Description: b.description ?? null, WebPage: toSpUrl(b.webPage), SortOrder: b.sortOrder ?? null };
}

export function membershipFromItem(i: SpItem): WithId<MembershipInput> {
  return {
    id: i.Id as number,
    memberId: i.MemberId as number,
    bodyId: i.BodyId as number,
    role: i.Role as MembershipInput['role'],
    postTitle: optString(i.PostTitle),
    portfolio: optString(i.Portfolio),
    startDate: fromSpDate(i.StartDate),
    endDate: fromSpDate(i.EndDate)
  };
}
export function membershipToItem(m: MembershipInput, title: string): SpItem {
  return {
    Title: title,
    MemberId: m.memberId,
    BodyId: m.bodyId,
    Role: m.role,
    PostTitle: m.postTitle ?? null,
    Portfolio: m.portfolio ?? null,
    StartDate: toSpDate(m.startDate),
    EndDate: toSpDate(m.endDate)
  };
}

export function serviceAreaFromItem(i: SpItem): WithId<ServiceAreaInput> {
  return {
    id: i.Id as number,
    title: i.Title as string,
    directorate: i.Directorate as string,
    description: optString(i.Description),
    keywords: fromSpCommaList(i.Keywords),
    teamEmail: optString(i.TeamEmail),
    teamPhone: optString(i.TeamPhone),
    webPage: fromSpUrl(i.WebPage)
  };
}
export function serviceAreaToItem(s: ServiceAreaInput): SpItem {
  return {
    Title: s.title,
    Directorate: s.directorate,
    Description: s.description ?? null,
    Keywords: (s.keywords ?? []).join(', '),
    TeamEmail: s.teamEmail ?? null,
    TeamPhone: s.teamPhone ?? null,
    WebPage: toSpUrl(s.webPage)
  };
}

export function officerFromItem(i: SpItem): WithId<OfficerInput> {
  return {
    id: i.Id as number,
    givenName: i.GivenName as string,
    familyName: i.FamilyName as string,
    jobTitle: i.JobTitle as string,
    serviceAreaId: i.ServiceAreaId as number,
    email: i.Email as string,
    phone: optString(i.Phone),
    mobile: optString(i.Mobile),
    location: optString(i.Location),
    photoUrl: fromSpImage(i.Photo),
    politicallyRestricted: Boolean(i.PoliticallyRestricted),
    accountId: opt(i.AccountId) as number | undefined
  };
}
export function officerToItem(o: OfficerInput): SpItem {
  return {
    Title: `${o.givenName} ${o.familyName}`,
    GivenName: o.givenName,
    FamilyName: o.familyName,
    JobTitle: o.jobTitle,
    ServiceAreaId: o.serviceAreaId,
    Email: o.email,
    Phone: o.phone ?? null,
    Mobile: o.mobile ?? null,
    Location: o.location ?? null,
    Photo: toSpImage(o.photoUrl),
    PoliticallyRestricted: o.politicallyRestricted ?? false,
    AccountId: o.accountId ?? null
  };
}

export function liaisonOfficerFromItem(i: SpItem): WithId<LiaisonOfficerInput> {
  return {
    id: i.Id as number,
    officerId: i.OfficerId as number,
    serviceAreaId: i.ServiceAreaId as number,
    role: i.Role as LiaisonOfficerInput['role'],
    profile: (i.Profile as string) ?? '',
    wardIds: fromSpIds(i.WardsId)
  };
}
export function liaisonOfficerToItem(l: LiaisonOfficerInput, title: string): SpItem {
  return { Title: title, OfficerId: l.officerId, ServiceAreaId: l.serviceAreaId, Role: l.role, Profile: l.profile, WardsId: l.wardIds ?? [] };
}

/** A pre-election period row → the domain's `PreElectionPeriod` shape (validate with preElectionPeriodSchema). */
export function preElectionPeriodFromItem(i: SpItem): { start: string | undefined; end: string | undefined; election: string | undefined } {
  return { start: fromSpDate(i.StartDate), end: fromSpDate(i.EndDate), election: optString(i.Title) };
}
export function preElectionPeriodToItem(p: { start: string; end: string; election?: string }): SpItem {
  return { Title: p.election ?? 'Election', StartDate: toSpDate(p.start), EndDate: toSpDate(p.end) };
}
