export * from './completion';
export * from './cycle';
export * from './recurrence';
export * from './regulation';
export * from './reminders';
export * from './types';
export * from './visibility';
