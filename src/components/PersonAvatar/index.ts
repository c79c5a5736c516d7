export * from './IPersonAvatarProps';
export * from './PersonAvatar';
export { initialsOf, avatarColour, isSafeImageUrl } from './avatarText';
