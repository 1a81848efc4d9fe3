import { describe, expect, it } from 'vitest';
import { checkTone } from './index';

const label = (text: string) => checkTone(text).label;

describe('gentle start-up: a feeling about a situation, and a need', () => {
  it.each([
    'I feel worried when you drive home late without texting. Could you send a quick message?',
    'I feel sad when you are on your phone at dinner. Could we keep dinner phone-free?',
    'I always feel calmer when we plan the week together. Could we do that on Sunday?',
    'I always feel rushed in the mornings. Could we get up ten minutes earlier?',
    'When you come home late without calling I get worried. Could you text me?',
    'I feel hurt about the comment at dinner, and I need us to talk about it.',
    "Hey, I noticed I've been doing most of the school runs. Could we share them differently?",
    "I'd love it if we could spend Saturday morning together, just us.",
  ])('even with "you" or "always": %s', (text) => {
    const result = checkTone(text);
    expect(result).toMatchObject({ label: 'gentle_startup', flagged: false, labels: [] });
    expect(result.wentWell[0]?.why).toContain('how you feel and what you need');
  });

  it('"stuck in a meeting" is a place, not a feeling; "can we talk about" alone is a request', () => {
    expect(label("Can you pick up Mia at 4? I'm stuck in a meeting.")).toBe('neutral');
    expect(label('Can we talk about the holiday plans tonight?')).toBe('neutral');
  });
});

describe('a break: with a time to come back it is a repair attempt, without one it is stonewalling', () => {
  it.each([
    "I'm getting flooded. Can we take twenty minutes and talk again at 7?",
    'Let us take a break and come back to this after dinner.',
    "I need a walk. I'll be back in half an hour and then we can talk.",
    "I'm leaving for a walk, back in 30 minutes, then let's talk.",
    "I'm done for now, but let's talk again tomorrow morning.",
    "I'm too angry to talk. Give me an hour and I'll come find you.",
    "Let's take ten and meet in the kitchen at 8:30.",
  ])('with a return: %s', (text) => {
    const result = checkTone(text);
    expect(result).toMatchObject({ label: 'repair_attempt', flagged: false });
    expect(result.why).toContain('time to come back');
  });

  it.each(["I'm leaving.", 'I need some space.', "I'm out. Don't wait up.", 'Let me calm down.'])(
    'without one: %s',
    (text) => {
      expect(checkTone(text)).toMatchObject({ label: 'stonewalling', flagged: true, labels: ['stonewalling'] });
    },
  );
});

describe("repair attempts, appreciation, owning one's part", () => {
  it.each([
    'Can we start over? I do not want to fight.',
    'We are on the same team here.',
    'I love you. Let us figure this out together.',
    'Help me understand what you need.',
    'Can we slow this down a bit?',
    'I want to get this right with you.',
  ])('repair: %s', (text) => {
    expect(label(text)).toBe('repair_attempt');
  });

  it.each([
    'Thank you for picking up the kids today, it made my afternoon so much easier.',
    'I really appreciate how patient you were with Mum on the phone.',
    "I'm so proud of you for finishing the course.",
    'I really noticed how much effort you put into the party.',
    'You make such good coffee.',
  ])('appreciation: %s', (text) => {
    expect(label(text)).toBe('appreciation');
  });

  it.each([
    "You're right, I did interrupt you. I'm sorry.",
    "That's on me. I should have called.",
    "I'm sorry I snapped at you this morning. I was stressed, and that's not on you.",
    'I should have asked you first.',
    'That came out wrong, I am sorry.',
    "I didn't call like I said I would. I'm sorry.",
  ])('responsibility: %s', (text) => {
    expect(label(text)).toBe('responsibility');
  });

  it('a faint hint of stonewalling gives way to a plain good move', () => {
    expect(checkTone('I love you, and I need a minute.')).toMatchObject({ label: 'repair_attempt', flagged: false });
  });
});

describe('neutral questions that are easy to hear as an attack', () => {
  it.each([
    'Why did you move the meeting to Thursday?',
    'Why is the car parked on the street?',
    "Why didn't you take the bus today?",
    'Why are you home so early?',
    'How come the bill is higher this month?',
    'Are you upset with me?',
    'Are you always this busy in December?',
  ])('%s', (text) => {
    expect(checkTone(text)).toMatchObject({ label: 'neutral', flagged: false, labels: [], why: '', wentWell: [] });
    expect(checkTone(text).suggestion).toBeUndefined();
  });
});
