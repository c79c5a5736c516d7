declare interface IOfficerDirectoryWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  SiteUrlLabel: string;
  SiteUrlDescription: string;
  ChannelGroupName: string;
  ChannelLabel: string;
  ChannelOfficerOwned: string;
  ChannelDescription: string;
}

declare module 'OfficerDirectoryWebPartStrings' {
  const strings: IOfficerDirectoryWebPartStrings;
  export = strings;
}
