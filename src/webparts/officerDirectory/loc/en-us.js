define([], function () {
  return {
    PropertyPaneDescription: 'Officer Directory helps councillors find the right officer, and the Councillor Liaison Officer for every service.',
    DataGroupName: 'Data',
    SiteUrlLabel: 'Site that holds the directory lists',
    SiteUrlDescription: "Leave blank to use the council's directory site (set by your Microsoft 365 administrator), or this site if there is none. Only a site on this council's SharePoint can be used, for example https://council.sharepoint.com/sites/directory or /sites/directory. Changes take effect when you select Apply.",
    ChannelGroupName: 'Political neutrality',
    ChannelLabel: 'Channel',
    ChannelOfficerOwned: 'Officer-owned (always)',
    ChannelDescription:
      'The officer directory is always an officer-owned channel: it shows nothing party-political, and any councillor details it shows leave out the party.'
  };
});
