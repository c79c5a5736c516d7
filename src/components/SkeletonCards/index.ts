export * from './SkeletonCards';
