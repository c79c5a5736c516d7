declare interface IMemberProfilesWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  TitleLabel: string;
  SiteUrlLabel: string;
  SiteUrlDescription: string;
  ChannelGroupName: string;
  ChannelLabel: string;
  ChannelOfficerOwned: string;
  ChannelMemberProfile: string;
  ChannelDescription: string;
}

declare module 'MemberProfilesWebPartStrings' {
  const strings: IMemberProfilesWebPartStrings;
  export = strings;
}
