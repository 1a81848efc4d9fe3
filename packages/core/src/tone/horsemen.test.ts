import { describe, expect, it } from 'vitest';
import { checkTone } from './index';

/** The label checkTone gives each message, and whether it flags. */
const label = (text: string) => checkTone(text).label;

describe('criticism: the person, not the situation', () => {
  it.each([
    'you always ignore me',
    'You never help with anything around here.',
    "You're always late, every single time.",
    "You're so inconsiderate.",
    'Honestly you are the most stubborn person I know.',
    'Why are you so careless with money?',
    "What's wrong with you? You forgot the pickup again.",
    'Typical you, making plans without telling me.',
    "You don't even listen to me.",
    'Once again you forgot to call.',
    'Why is it always me who has to remember everything?',
  ])('%s', (text) => {
    expect(label(text)).toBe('criticism');
  });

  it.each([
    'I feel like you never listen to a single word I say.',
    'I feel like you never make time for us.',
    "I just feel that you're so self-centred.",
  ])('dressed as a feeling, it is still criticism, and the why says so: %s', (text) => {
    const result = checkTone(text);
    expect(result.label).toBe('criticism');
    expect(result.why).toContain('I feel like you…');
  });

  it('a negated trait is not a verdict: "not lazy", "I don\'t think you\'re selfish"', () => {
    expect(label("You're not lazy, you're exhausted.")).not.toBe('criticism');
    expect(label("I don't think you're selfish at all.")).not.toBe('criticism');
    // The negation's scope ends with its sentence.
    expect(label("I'm not angry. You're so selfish though.")).toBe('criticism');
  });

  it('"always" about something good, a question about a habit, or news is not criticism', () => {
    expect(label('You always know how to make me laugh, thank you.')).toBe('appreciation');
    expect(label('You always make me feel safe.')).toBe('appreciation');
    expect(label('Do you always take the 8:15 train?')).toBe('neutral');
    expect(label("You're never going to believe who I ran into today!")).toBe('neutral');
    expect(label('You never told me what time the party starts, when is it?')).toBe('neutral');
  });
});

describe('contempt: put-downs and sarcasm that sounds like thanks', () => {
  it.each([
    'Oh great, thanks a lot.',
    'Oh great, thanks a lot. Really helpful.',
    'Wow, thanks for nothing.',
    'Thanks for nothing, as usual.',
    'Wow, thanks for finally showing up.',
    'Thank you SO much for ruining my weekend.',
    "Thanks a lot, really. You've been SO helpful.",
    'Thanks so much for leaving me to do everything, really appreciate it.',
    'Gee, thanks for letting me know an hour late.',
    'Great, just great. Thanks a bunch.',
    'Nice one. Really clever.',
    'Wow, you actually remembered. Should I throw a party?',
  ])('sarcasm: %s', (text) => {
    expect(label(text)).toBe('contempt');
  });

  it('the same words meant are appreciation: markers, not a sentiment score, decide', () => {
    expect(label('Thanks a lot for your help with the move, I could not have done it without you.')).toBe(
      'appreciation',
    );
    expect(label('Thanks so much for fixing the bike.')).toBe('appreciation');
    expect(label('Well done on the interview!')).toBe('appreciation');
  });

  it.each([
    "You're such a baby.",
    'Ugh, you are such an idiot sometimes.',
    'Nice job, genius. Now the whole thing is broken.',
    'Whatever you say, your majesty.',
    'Oh please, spare me the drama.',
    'Who even raised you?',
    'LOL as if you would ever clean anything.',
  ])('put-downs and mock titles: %s', (text) => {
    expect(label(text)).toBe('contempt');
  });
});

describe('defensiveness: non-apologies, excuses, counter-attack', () => {
  it.each([
    "I'm sorry you feel that way.",
    'Sorry you feel that way.',
    "I'm sorry if that came across badly.",
    'Sorry if that upset you.',
    'I apologize if anything I said upset you.',
    'Sorry, but I was busy all day.',
    "I'm sorry but it wasn't my fault.",
    "Sorry I'm not perfect.",
  ])('non-apology: %s', (text) => {
    const result = checkTone(text);
    expect(result.label).toBe('defensiveness');
    expect(result.flagged).toBe(true);
  });

  it.each([
    "It's not my fault the train was late.",
    'What about when you forgot my birthday?',
    'Well you never tell me anything, so how would I know?',
    'Yes but you never asked me to.',
    "You're being too sensitive, it was a joke.",
    "It's not that big a deal.",
    'I said I was sorry, what more do you want?',
  ])('%s', (text) => {
    expect(label(text)).toBe('defensiveness');
  });

  it('"my fault" owned is responsibility; "not my fault" is not', () => {
    expect(label('That was my fault.')).toBe('responsibility');
    expect(label("It wasn't my fault.")).toBe('defensiveness');
  });
});

describe('stonewalling, and "whatever" or "I\'m done" in plain logistics', () => {
  it.each([
    'Whatever.',
    "I'm done.",
    "I'm done. I'm not talking about this.",
    'Fine, whatever.',
    'Leave me alone.',
    "I'm leaving.",
    "I'm going for a drive. Don't call me.",
    'I need some space.',
    'Not talking about this.',
    'k',
  ])('%s', (text) => {
    expect(label(text)).toBe('stonewalling');
  });

  it.each([
    'Whatever works for you is fine, I am free all day.',
    'Whatever you want for dinner is fine.',
    'Order whatever you like, I will have the soup.',
    "I'm done at five, want me to pick up groceries?",
    "I'm done with the laundry, the dryer is free.",
    "I'm done in 10 minutes.",
    'Fine by me, let us do Italian.',
    "I'm going to the store, need anything?",
  ])('logistics: %s', (text) => {
    expect(checkTone(text)).toMatchObject({ label: 'neutral', flagged: false, labels: [] });
  });
});

describe('what a flag carries', () => {
  it('names the horsemen, says why, and offers the gentle template; it never blocks anything', () => {
    const result = checkTone('you always ignore me');
    expect(result).toMatchObject({ label: 'criticism', flagged: true, labels: ['criticism'] });
    expect(result.why).not.toBe('');
    expect(result.suggestion).toContain('“I feel … about …, and I need …”');
    expect(result.findings[0]?.evidence).toBe('you always');
  });

  it('lists every horseman found, most telling first', () => {
    const result = checkTone("Sorry, but you're so lazy. Whatever.");
    expect(result.labels).toEqual(['defensiveness', 'criticism', 'stonewalling']);
    expect(result.label).toBe('defensiveness');
  });

  it('a stonewall is offered a break with a return time instead', () => {
    expect(checkTone("I'm done.").suggestion).toMatch(/when you will be back/);
  });
});
