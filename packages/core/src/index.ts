export * from './accounts';
export * from './errors';
export * from './identifiers';
export * from './limits';
export type * from './model';
export * from './repair/index';
export * from './spaces';
export * from './text';
export type * from './views';
