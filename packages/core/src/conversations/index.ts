export {
  CHECKIN_STEP,
  COMPLETION_STEP,
  GATE_STEP,
  NOT_YET_RECONNECTED,
  RECONNECT_STEP,
  STEP_TEXT_MAX,
} from './common';
export { submitStep } from './engine';
export { currentStep, hasEnded, isFlooded, stepsOf } from './flow';
export {
  abandonConversation,
  continueAlone,
  endedByHarm,
  mayHoldAChild,
  pauseConversation,
  resumeConversation,
  startConversation,
} from './lifecycle';
export { PROTOCOLS, protocolSteps, protocolSummaries } from './registry';
export * from './types';
export { ALONE_WAITING, completionAnswers, conversationFor, pickedRupture, stepTextFor } from './view';
