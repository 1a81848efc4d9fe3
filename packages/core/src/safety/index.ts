export { markHarm } from '../repair/harm';
export * from './helplines';
export * from './screen';
