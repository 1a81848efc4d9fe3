export * from './answers';
export * from './completion';
export * from './cycle';
export * from './recurrence';
export * from './regulation';
export * from './reminders';
export type { Change } from './transitions';
export * from './types';
export * from './visibility';
