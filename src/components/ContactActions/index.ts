export * from './IContactActionsProps';
export * from './ContactActions';
export * from './vCard';
export * from './links';
