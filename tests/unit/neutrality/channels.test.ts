import { channelOfList, channelOfView, LIST_CHANNELS, parseChannel } from '../../../src/domain';

describe('channel registry', () => {
  it('declares every list, with officer lists officer-owned', () => {
    expect(Object.keys(LIST_CHANNELS).sort()).toEqual(
      ['Bodies', 'Change Request Decisions', 'Change Requests', 'Liaison Officers', 'Member Channels', 'Members', 'Memberships', 'Officers', 'Political Groups', 'Pre-election Periods', 'Service Areas', 'Wards'].sort()
    );
    expect(channelOfList('Officers')).toBe('officer-owned');
    expect(channelOfList('Liaison Officers')).toBe('officer-owned');
    expect(channelOfList('Service Areas')).toBe('officer-owned');
    expect(channelOfList('Members')).toBe('member-profile');
    expect(channelOfList('Political Groups')).toBe('member-profile');
  });
  it('declares views, with Member Profiles on an officer page officer-owned', () => {
    expect(channelOfView('officer-directory')).toBe('officer-owned');
    expect(channelOfView('member-profiles.officer-page')).toBe('officer-owned');
    expect(channelOfView('member-profiles.member-channel')).toBe('member-profile');
  });
  it('parses the short and long names', () => {
    expect(parseChannel('officer')).toBe('officer-owned');
    expect(parseChannel(' Member ')).toBe('member-profile');
    expect(parseChannel('member-profile')).toBe('member-profile');
    expect(parseChannel('public')).toBeUndefined();
  });
});
