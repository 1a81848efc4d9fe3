import { describe, expect, it } from 'vitest';
import { checkTone } from './index';

/**
 * The fifth round's structural rules: each family reads the shape of a
 * clause (who it is about, a generalisation, a question that is not one, a
 * refusal) rather than one phrase. Every family has messages it must flag,
 * in wording no earlier pattern knew, and look-alikes it must leave alone.
 */
const label = (text: string) => checkTone(text).label;
const flagged = (text: string) => checkTone(text).flagged;

describe('criticism: a trait or a lack said of them', () => {
  it.each([
    'You have zero interest in anything I do.',
    'You have no consideration for the neighbours.',
    "You've always been careless with other people's things.",
    "You've been so thoughtless lately.",
    "You're the least supportive person in this family.",
    "You're such a grump in the mornings.",
  ])('%s', (text) => {
    expect(label(text)).toBe('criticism');
  });

  it.each([
    'You have no idea how much I missed you.',
    'You have no meetings tomorrow, right?',
    'I have no time tomorrow, can we do Thursday?',
    "You're such a star for doing that.",
    "You're such a night owl, I'll leave the door unlocked.",
    'You were so patient with him, thank you.',
  ])('not a verdict: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('criticism: a generalisation over what they do', () => {
  it.each([
    'Every time we go out you check your emails.',
    'Every single time I call, you let it ring out.',
    "It's always you first and the rest of us after.",
    'You can never just say yes.',
  ])('%s', (text) => {
    expect(label(text)).toBe('criticism');
  });

  it.each([
    'Every time you hug me I feel better.',
    'Every time you sing in the car the kids join in.',
    'Every single time I try that recipe it works.',
    "It's always your mum who hosts Christmas, shall we offer this year?",
    'You always make the best pancakes.',
    'You always take the 8:15 bus, right?',
    "I've noticed you always take the bins out, thank you.",
  ])('not a verdict: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('a gentle start-up with "when you always… I feel…" stays gentle', () => {
    expect(label('When you always text during dinner I feel lonely; can we keep phones away while we eat?')).toBe(
      'gentle_startup',
    );
    expect(flagged('When you leave without saying bye I feel sad; could you give me a quick hug before you go?')).toBe(
      false,
    );
  });
});

describe('criticism: a question at them that is not a question', () => {
  it.each([
    'Why do you insist on correcting me in public?',
    'Why do you have to make everything a competition?',
    'Will you ever pick up after yourself?',
    'How hard is it to put the lid back on?',
    'Who leaves wet towels on the bed? Who does that?',
    'Would it kill you to say good morning?',
    'What were you thinking?',
  ])('%s', (text) => {
    expect(label(text)).toBe('criticism');
  });

  it.each([
    'Do you ever go to the market on Saturdays?',
    'Why do you have to leave so early tomorrow?',
    'Will you ever want to move back to the coast?',
    'How hard is it to assemble the wardrobe, do you think?',
    'Who does the school run on Friday?',
    'Who does that belong to?',
    'What were you thinking of getting Mum for her birthday?',
  ])('a real question: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('contempt: a performed reaction, mock praise, mock reward', () => {
  it.each([
    '*sighs* of course you did.',
    'Rolling my eyes so hard right now.',
    'Wow, your "quick call" lasted two hours.',
    'You call this dinner?',
    'Do you want a round of applause for emptying the bin?',
    "It's adorable that you still think you're right.",
    'Pfft, as if you would.',
    'Ha! You? On time? Good one.',
    'Oh look, little miss perfect has arrived.',
    'Sure, because you always know best.',
  ])('%s', (text) => {
    expect(label(text)).toBe('contempt');
  });

  it.each([
    'You call that number and ask for Sarah.',
    'The sign said "closed" when I got there.',
    '*hugs* I missed you.',
    'Do you want a hand with the shopping?',
    'Ha! I found the keys. Great.',
    'Pfft, the weather is awful today.',
    'Well, you know best about the car, you drive it.',
    'Cute photo of you and the kids!',
  ])('not mockery: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('defensiveness: the blame turned around, the one always wronged', () => {
  it.each([
    "Well, you weren't exactly helpful either.",
    'Well you never ask me how I am.',
    "What about the times you've cancelled on me?",
    "I only raised my voice because you wouldn't stop.",
    'I yelled because you started shouting first.',
    'Nothing I do is ever good enough for you.',
    "I'm always the bad guy in this house.",
    "I'm sorry you're so offended by a joke.",
  ])('%s', (text) => {
    expect(label(text)).toBe('defensiveness');
  });

  it.each([
    'Well, you did a great job today.',
    "Well you should come with us, it'll be fun.",
    'What about the times that suit you next week?',
    'I only called because you asked me to ring after the meeting.',
    "I'm sorry you're unwell, want me to bring soup?",
    'So sorry you got hurt at football, is your knee okay?',
    "I'm always the first one up, so I'll make coffee.",
  ])('not a defence: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('"I\'m always the one who…" with a request is an observation, not a defence', () => {
    expect(label("I've noticed I'm always the one booking the vet, could you take the next one?")).toBe(
      'gentle_startup',
    );
  });
});

describe('stonewalling: sent off to talk to no one, talking called futile, refusing for good', () => {
  it.each([
    'Go complain to someone who cares.',
    'Do it on your own then.',
    'Fine, have it your way.',
    "It's pointless explaining anything to you.",
    "I'm done explaining, talking to you is pointless.",
    "I've heard enough.",
    'Forget I said anything.',
    "I'm not going to go over this again.",
    "I'm not answering anymore.",
    'Not now, not ever.',
    'Signing off.',
  ])('%s', (text) => {
    expect(label(text)).toBe('stonewalling');
  });

  it.each([
    "I'm done with the dishes, shall I dry too?",
    'Talk to someone in HR about the leave.',
    'We can take the train on our own then.',
    "I'm not listening to podcasts anymore, too busy.",
    "I don't want to go over budget on the party.",
    "I'm signing off for the day, see you tomorrow.",
  ])('plain logistics: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });

  it('logging off with a time to come back is a break, a repair attempt', () => {
    expect(label("I'm logging off. Back in an hour, then let's finish this.")).toBe('repair_attempt');
  });
});
