/**
 * Demo data for running the Council Directory without a tenant: Rugby Borough Council (the model
 * council: real ward, committee and service names, fictional people) and a generated large council
 * for scale testing (200 councillors, 20,000 officers by default). Pure and deterministic.
 */
export type { DemoDataset, DemoPhoto, LargeCouncilOptions } from './types';
export { rugbyDataset, RUGBY_SEED } from './rugby';
export { largeCouncilDataset } from './large';
export { validateDataset } from './validate';
export { AVATAR_COLOURS, AVATAR_TEXT_COLOUR, PHOTO_FOLDER, avatarSvg, initials, photoUrl } from './avatar';
export { DRAMA_LANDLINE, DRAMA_MOBILE, isDramaNumber } from './contacts';
