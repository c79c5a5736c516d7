export * from './IMemberProfilesProps';
export * from './MemberProfiles';
