define([], function () {
  return {
    PropertyPaneDescription: 'Member Profiles shows every councillor with their ward, roles and contact details.',
    DataGroupName: 'Data',
    TitleLabel: 'Heading (leave blank to hide it)',
    SiteUrlLabel: 'Site that holds the directory lists',
    SiteUrlDescription: "Leave blank to use the council's directory site (set by your Microsoft 365 administrator), or this site if there is none. Only a site on this council's SharePoint can be used, for example https://council.sharepoint.com/sites/directory or /sites/directory. Changes take effect when you select Apply.",
    ChannelGroupName: 'Political neutrality',
    ChannelLabel: 'What kind of page is this?',
    ChannelOfficerOwned: 'An officer page: no political party is shown',
    ChannelMemberProfile: "The members' own profile page: each councillor's declared party is shown",
    ChannelDescription:
      'Officer pages must carry nothing party-political (Member and Officer Protocol). Choose the members\' own page only where Democratic Services have agreed it.'
  };
});
