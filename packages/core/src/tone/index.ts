export { checkTone } from './check';
export {
  GOOD_MOVES,
  type GoodMove,
  HORSEMEN,
  type Horseman,
  TONE_LABELS,
  type ToneFinding,
  type ToneLabel,
  type ToneResult,
} from './types';
