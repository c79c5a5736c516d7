export * from './IOfficerDirectoryProps';
export * from './OfficerDirectory';
