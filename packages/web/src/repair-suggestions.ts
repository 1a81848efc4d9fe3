import type { RuptureKind, SpaceKind } from '@repairable/core';
import type { ATTEMPT_CHOICES } from './repair-labels';

/**
 * Example wording for a repair attempt that fits what happened (issue 8):
 * an eye roll is owned as an eye roll, not as "snapping". Our own words,
 * first person, never blaming the other, never "always" or "never". Each
 * example is only a start to borrow and change.
 */

type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

/** Three ways of speaking: close people, a parent to a child, colleagues. */
type Register = 'close' | 'parent' | 'work';

/** What I did, as I would own it ("I'm sorry I …"), and what I would do instead ("This time …"). */
interface Owning {
  did: string;
  instead: string;
}

/**
 * Words as close people say them, and how a parent to a child or a
 * colleague says them, where they say them otherwise.
 */
type Said<T> = { close: T } & { [R in Exclude<Register, 'close'>]?: T };

function inRegister<T>(said: Said<T>, register: Register): T {
  return said[register] ?? said.close;
}

/** Per kind of rupture, how it is owned; a register overrides only what it says otherwise. */
const BY_KIND: Record<Exclude<RuptureKind, 'harm' | 'other'>, Said<Partial<Owning>> & { close: Owning }> = {
  eye_roll: {
    close: { did: 'rolled my eyes at you', instead: 'I want to really listen to what you were saying.' },
    parent: { instead: 'I want to listen to you properly.' },
    work: { did: 'rolled my eyes while you were talking', instead: 'I would like to hear your point properly.' },
  },
  missed_bid: {
    close: { did: 'missed it when you reached out to me', instead: "I'm here now. Tell me again?" },
    parent: { did: "didn't notice when you wanted me", instead: "I'm here now. Show me again?" },
    work: { did: "didn't pick up on what you were asking for", instead: "I'm listening now. What did you need?" },
  },
  dismissive_tone: {
    close: { did: 'brushed you off', instead: 'What you said matters to me, and I want to hear it.' },
    parent: { instead: 'What you told me matters. Tell me again?' },
    work: { did: 'was dismissive of your idea', instead: "I'd like to hear it again, properly." },
  },
  interrupting: {
    close: { did: 'talked over you', instead: "Please go on. I won't cut in this time." },
    parent: { did: "talked over you when you weren't finished", instead: 'Your turn. I am listening.' },
    work: { did: 'interrupted you', instead: "Please finish your point. I'll wait." },
  },
  criticism: {
    close: {
      did: 'criticised you instead of saying what I needed',
      instead: 'What I need is a hand with this, not to blame you.',
    },
    parent: { did: 'was hard on you', instead: 'You are a good kid. Can we try that part again together?' },
    work: { did: 'criticised you rather than the problem', instead: 'Can we look at the problem together?' },
  },
  contempt: {
    close: { did: 'spoke to you with contempt', instead: 'You matter to me, and you deserve respect.' },
    parent: { did: 'made fun of you in a mean way', instead: 'That was unkind of me. You deserve kindness.' },
    work: { did: 'was disrespectful to you', instead: 'You deserve respect, and I want to do better.' },
  },
  defensiveness: {
    close: { did: 'got defensive instead of listening', instead: 'I want to hear what it was like for you.' },
    parent: { did: 'argued back instead of hearing you', instead: 'Tell me how it felt. I will listen.' },
    work: { did: 'got defensive when you raised it', instead: "You had a fair point. I'd like to hear it out." },
  },
  withdrawal: {
    close: { did: 'went quiet and pulled away', instead: "I'm back, and I'm ready to talk when you are." },
    parent: { did: 'went quiet and far away', instead: "I'm back now. I'm right here with you." },
    work: { did: 'went silent on you', instead: "I'm ready to pick this up again when you are." },
  },
  yelling: {
    close: { did: 'raised my voice at you', instead: 'I want to say it calmly this time.' },
    parent: { did: 'yelled', instead: 'Let me say it again, calmly.' },
    work: { did: 'raised my voice', instead: "I'd like to say it again, calmly." },
  },
  broken_promise: {
    close: { did: "didn't keep my word", instead: "Here's how I will make it right." },
    parent: { did: "didn't do what I promised", instead: "Let's pick a time I can really do it." },
    work: { did: "didn't follow through on what I said I'd do", instead: "Here's when I'll have it done." },
  },
  forgot: {
    close: {
      did: 'forgot something that mattered to you',
      instead: "It matters to me too. Here's what I'd like to do.",
    },
    parent: { instead: "Let's make it happen now." },
    work: { did: 'forgot something you were counting on', instead: "Here's how I'll catch it up." },
  },
  misattunement: {
    close: { did: "wasn't tuned in to what you needed", instead: 'What would help you right now?' },
    parent: { did: "didn't understand what you needed", instead: 'Can you show me what you need?' },
    work: { did: 'missed what you needed from me', instead: 'What would help most right now?' },
  },
  harsh_words: {
    close: { did: 'said harsh things to you', instead: 'Let me say what I meant, kindly.' },
    parent: { did: 'said unkind things', instead: 'Let me say it kindly this time.' },
    work: { did: 'spoke harshly to you', instead: "I'd like to say that again, more fairly." },
  },
};

/** How each owning kind of attempt is said. */
const OWNING: Record<'apology' | 'do_over' | 'own_my_part', Said<(o: Owning) => string>> = {
  apology: {
    close: (o) => `I'm sorry I ${o.did}. You didn't deserve that.`,
    parent: (o) => `I'm sorry I ${o.did}. It wasn't your fault.`,
    work: (o) => `I'm sorry I ${o.did}. That wasn't fair to you.`,
  },
  do_over: {
    close: (o) => `Can I try that again? ${o.instead}`,
    parent: (o) => `I ${o.did}, and that wasn't okay. Let's try again. ${o.instead}`,
    work: (o) => `Could I try that again? ${o.instead}`,
  },
  own_my_part: {
    close: (o) => `My part in this was that I ${o.did}. I can see how it landed for you.`,
    parent: (o) => `My part was that I ${o.did}. That part is mine to fix, not yours.`,
    work: (o) => `My part was that I ${o.did}. I can see how it came across.`,
  },
};

/** Examples that do not depend on what happened, and the owning ones when nothing more specific fits. */
const GENERAL: Record<AttemptChoice, Said<string>> = {
  apology: {
    close: "I'm sorry for my part in what happened. How it felt for you matters to me.",
    parent: "I'm sorry. It's not your fault.",
    work: "I'm sorry about how that went. It wasn't fair to you.",
  },
  do_over: {
    close: 'Can I try that again? What I meant to say was…',
    parent: "That didn't go well. Let's try again. Here's what I meant to say…",
    work: "Could I try that again? Here's what I meant…",
  },
  clarification: {
    close: "Here's what I meant: …",
    parent: 'I was upset about something else, not about you.',
  },
  own_my_part: {
    close: 'My part in this was… I can see how it landed for you.',
    parent: 'That was my part, and I am working on it.',
    work: 'My part in this was… I can see how it came across.',
  },
  affection: {
    close: "I'm still here, and I care about you. Can I have a hug?",
    parent: 'Come here. I love you, even when we are upset.',
    work: 'I value working with you, and I want us to be okay.',
  },
  humor: {
    close: "Truce? I'll put the kettle on.",
    parent: 'The grumpy monster has gone now. Shall we start again?',
    work: "Shall we call that a practice round? Coffee's on me.",
  },
  conversation: {
    close: 'Can we talk about it later today? I want to understand how it felt for you.',
    parent: 'Can we talk about what happened? I want to hear how it felt for you.',
    work: 'Could we find ten minutes today to talk it through?',
  },
  other: {
    close: 'I want to make this right. What would help?',
    parent: "It's not your fault. I'm here.",
    work: 'I want to put this right. What would help?',
  },
};

export function registerOf(spaceKind: SpaceKind): Register {
  if (spaceKind === 'parent_child') return 'parent';
  return spaceKind === 'work' ? 'work' : 'close';
}

/**
 * The example for an attempt kind, fitted to what happened (the first kind
 * of the rupture that has its own words) and to the space.
 *
 * @example attemptSuggestion('apology', { ruptureKinds: ['eye_roll'], spaceKind: 'couple' })
 *   // "I'm sorry I rolled my eyes at you. You didn't deserve that."
 */
export function attemptSuggestion(
  kind: AttemptChoice,
  context: { ruptureKinds: readonly RuptureKind[]; spaceKind: SpaceKind },
): string {
  const register = registerOf(context.spaceKind);
  if (kind === 'apology' || kind === 'do_over' || kind === 'own_my_part') {
    for (const rupture of context.ruptureKinds) {
      if (rupture === 'harm' || rupture === 'other') continue;
      const owning = BY_KIND[rupture];
      return inRegister(OWNING[kind], register)({ ...owning.close, ...owning[register] });
    }
  }
  return inRegister(GENERAL[kind], register);
}
