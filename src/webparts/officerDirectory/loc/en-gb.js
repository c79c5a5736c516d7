define([], function () {
  return {
    PropertyPaneDescription: 'Officer Directory helps councillors find the right officer, and the Councillor Liaison Officer for every service.',
    DataGroupName: 'Data',
    SiteUrlLabel: 'Site that holds the directory lists',
    SiteUrlDescription: 'Leave blank to use this site. For example https://council.sharepoint.com/sites/directory',
    ChannelGroupName: 'Political neutrality',
    ChannelLabel: 'Channel',
    ChannelOfficerOwned: 'Officer-owned (always)',
    ChannelDescription:
      'The officer directory is always an officer-owned channel: it shows nothing party-political, and any councillor details it shows leave out the party.'
  };
});
