/**
 * The channel is Democratic Services' decision: a web part shows the member channel only on a page
 * the Member Channels list names; its property pane may narrow, never widen.
 */
import * as fs from 'fs';
import * as path from 'path';
import { effectiveChannel, memberChannelEntrySchema, verdictFor, type ChannelVerdict, type MemberChannelEntry } from '../../../src/domain/neutrality';

const entries: MemberChannelEntry[] = [
  { name: 'Councillors page', address: 'https://rugby.sharepoint.com/sites/council/SitePages/Councillors.aspx', scope: 'This page' },
  { name: 'Members site', address: '/sites/members', scope: 'Every page on this site' }
];

describe('the Member Channels list decides', () => {
  it.each([
    ['https://rugby.sharepoint.com/sites/council/SitePages/Councillors.aspx', 'member-channel'],
    ['https://RUGBY.sharepoint.com/sites/council/SitePages/councillors.aspx?debug=1#top', 'member-channel'],
    ['https://rugby.sharepoint.com/sites/council/SitePages/Officers.aspx', 'not-listed'],
    ['https://rugby.sharepoint.com/sites/members/SitePages/Home.aspx', 'member-channel'],
    ['https://rugby.sharepoint.com/sites/members', 'member-channel'],
    ['https://rugby.sharepoint.com/sites/membership/SitePages/Home.aspx', 'not-listed'],
    ['https://other.sharepoint.com/sites/members/SitePages/Home.aspx', 'not-listed']
  ])('%s → %s', (page, status) => {
    expect(verdictFor(page, entries, 'https://rugby.sharepoint.com/sites/council').status).toBe(status);
  });
  it('is unknown when the list could not be read', () => {
    expect(verdictFor('https://rugby.sharepoint.com/sites/members', undefined).status).toBe('unknown');
  });
});

describe('the effective channel', () => {
  const listed: ChannelVerdict = { status: 'member-channel', entry: entries[0] };
  const verdicts: ChannelVerdict[] = [listed, { status: 'not-listed' }, { status: 'unknown', reason: 'The Member Channels list could not be read.' }];
  it('is the member channel only when the pane asks for it and the list names the page', () => {
    expect(effectiveChannel('member-profile', listed).channel).toBe('member-profile');
    expect(effectiveChannel('member', listed).channel).toBe('member-profile');
    expect(effectiveChannel('member-profile', { status: 'not-listed' })).toMatchObject({ channel: 'officer-owned', reason: expect.stringMatching(/have not listed this page/) });
    expect(effectiveChannel('member-profile', verdicts[2])).toMatchObject({ channel: 'officer-owned', reason: 'The Member Channels list could not be read.' });
  });
  it.each(verdicts)('narrows to the officer channel whatever the list says (%j)', (verdict) => {
    expect(effectiveChannel('officer-owned', verdict).channel).toBe('officer-owned');
    for (const odd of [undefined, '', 'public', 'MEMBER-PROFILES', 'member profile']) expect(effectiveChannel(odd, verdict).channel).toBe('officer-owned');
  });
});

describe('a Member Channels row', () => {
  it('needs a name and a web address, and says which is wrong', () => {
    expect(memberChannelEntrySchema.safeParse({ name: 'Members site', address: '/sites/members' }).success).toBe(true);
    const bad = memberChannelEntrySchema.safeParse({ name: '', address: 'javascript:alert(1)', scope: 'Everywhere' });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'Name is required.'],
      ['address', expect.stringMatching(/^Page or site address must be a web address/)],
      ['scope', 'Covers must be "This page" or "Every page on this site".']
    ]);
  });
  it('matches the list schema that SharePoint provisions', () => {
    const xml = fs.readFileSync(path.resolve(__dirname, '../../../sharepoint/assets/schema-member-channels.xml'), 'utf8');
    const choices = [...xml.matchAll(/<CHOICE>([^<]+)<\/CHOICE>/g)].map((m) => m[1]);
    expect(choices).toEqual(['This page', 'Every page on this site']);
    expect(xml).toMatch(/Name="Address"[^>]*Type="URL"[^>]*Required="TRUE"/);
    const elements = fs.readFileSync(path.resolve(__dirname, '../../../sharepoint/assets/elements.xml'), 'utf8');
    expect(elements).toMatch(/<ListInstance Title="Member Channels" Url="Lists\/MemberChannels"[^>]*CustomSchema="schema-member-channels.xml"/);
  });
});
