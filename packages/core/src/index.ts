export * from './accounts';
export * from './conversations/index';
export * from './errors';
export * from './identifiers';
export * from './insights/index';
export * from './limits';
export type * from './model';
export * from './repair/index';
export * from './safety/index';
export * from './simulation/index';
export * from './spaces';
export * from './text';
export type * from './views';
// The tone check is exported as `@repairable/core/tone` (package.json "exports"), not from here:
// re-exported through this barrel, Vite's bundler put a shared helper in the tone chunk and
// preloaded it on every first visit; on its own path it stays a chunk the web app fetches on demand.
