export * from './random';
export * from './simulate';
export * from './tendencies';
