export * from './IOfficerDirectoryProps';
export * from './OfficerDirectory';
export type { IPeopleCardService } from './peopleCard';
