import { TERMS } from '../../terms';

/** The few calm screens of the introduction: what a rupture is, what repair is, that private means private. */
export interface IntroStep {
  /** A short name for the dot that stands for this step. */
  dot: string;
  title: string;
  lines: readonly string[];
}

export const INTRO_STEPS: readonly IntroStep[] = [
  {
    dot: 'Ruptures',
    title: 'Small breaks happen',
    lines: [TERMS.rupture, 'Repairable is a calm place to notice them, in the moment or later, without keeping score.'],
  },
  {
    dot: 'Repair',
    title: 'Repair is how you come back',
    lines: [
      'First you both recognise that something happened. You don’t have to agree on what.',
      'Then one of you moves toward the other: a sorry, a do-over, a hug, a talk. Anyone can go first.',
      'It is finished when you both feel it is. Not before, and nobody decides it for the other.',
    ],
  },
  {
    dot: 'Privacy',
    title: 'Private means private',
    lines: [
      'What you note stays only with you until you choose to share it. Nobody is told it exists.',
      'Nobody sees when you were last here or what you have read. You can leave a space on your own at any time.',
      'Need to leave in a hurry? Quick exit is at the top of every screen, or press Esc three times.',
    ],
  },
];
