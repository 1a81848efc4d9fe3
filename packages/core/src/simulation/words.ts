import type { AttemptKind, MomentKind, SpaceKind } from '../identifiers';

/**
 * The words simulated people write: small tables of our own, warm and
 * plain, one set per kind of space. A theme is a topic that keeps coming
 * back, with notes that sound like it; the first themes come back most.
 */
export interface Theme {
  topic: string;
  notes: readonly string[];
}

export interface Words {
  themes: readonly Theme[];
  /** Notes for ruptures without a topic. */
  notes: readonly string[];
  needs: readonly string[];
  attempts: Partial<Record<AttemptKind, readonly string[]>>;
  moments: Partial<Record<MomentKind, readonly string[]>>;
  /** What an account member saw in someone without an account when they came back together. */
  observed: readonly string[];
  checkins: readonly string[];
}

const common = {
  checkins: [
    'Tired, but okay.',
    'Tight in my chest.',
    'Calm after a walk.',
    'Heart racing, need a minute.',
    'Numb, a bit far away.',
    'Good day, feeling close.',
  ],
  attempts: {
    apology: ['I am sorry. That was not fair to you.', 'I am sorry I snapped.', 'Sorry, I was short with you.'],
    do_over: ['Can I try that again, more kindly?', 'Let me start over.', 'Do-over? I want to say it better.'],
    clarification: ['What I meant was that I was worried.', 'I was not upset with you, I was tired.'],
    own_my_part: ['I see my part in it.', 'I was not listening, and that is on me.'],
    affection: ['A hug, if you want one.', 'Made you tea.'],
    humor: ['Round two, with less drama?', 'I am officially a grump. Sorry.'],
    conversation: ['Can we talk tonight, after dinner?', 'Can we sit down for ten minutes?'],
    other: ['Wrote you a note.'],
  },
} as const;

const couple: Words = {
  themes: [
    {
      topic: 'chores',
      notes: [
        'Dishes again.',
        'I felt alone with the laundry.',
        'Who takes the bins out.',
        'The kitchen after dinner.',
      ],
    },
    {
      topic: 'phones',
      notes: ['Phone out at dinner.', 'Scrolling while I was talking.', 'I felt second to the screen.'],
    },
    {
      topic: 'money',
      notes: ['The big purchase we did not talk about.', 'Budget talk got sharp.', 'Felt judged about spending.'],
    },
    { topic: 'family visits', notes: ['Sunday at your parents.', 'Planning the holidays.'] },
    { topic: 'being late', notes: ['Twenty minutes late, no message.', 'Waiting at the station.'] },
  ],
  notes: [
    'Tone was sharp this morning.',
    'Missed my bid for a hug.',
    'Talked over me with friends.',
    'Forgot what I asked for.',
    'Went quiet and left the room.',
    'Said something harsh when tired.',
  ],
  needs: [
    'A little more time.',
    'To hear that you understand why it hurt.',
    'A hug first.',
    'To talk about it when we are both calm.',
    'To know it will be different next time.',
  ],
  attempts: common.attempts,
  moments: {
    appreciation: ['Thank you for cooking.', 'You listened so well tonight.'],
    bid_turned_toward: ['You looked up when I called.', 'You asked about my day and stayed for the answer.'],
    joy: ['Laughed together on the walk.', 'Dancing in the kitchen.'],
    affection: ['Long hug at the door.', 'Held hands on the couch.'],
    gratitude: ['You took care of everything while I was sick.'],
    repair_pride: ['We talked it through, gently.', 'We came back to each other quickly.'],
  },
  observed: ['Reached for my hand.', 'Smiled again and sat close.', 'Said it helped.', 'Made us both tea.'],
  checkins: common.checkins,
};

const parentChild: Words = {
  themes: [
    { topic: 'bedtime', notes: ['Bedtime battle.', 'Lights out took an hour.', 'I raised my voice at bedtime.'] },
    { topic: 'screens', notes: ['Tablet off, big tears.', 'I grabbed the controller.'] },
    { topic: 'mornings', notes: ['Rushing to school, I snapped.', 'Shoes, coat, shouting.'] },
    { topic: 'homework', notes: ['Homework frustration, mine more than theirs.'] },
  ],
  notes: [
    'I did not listen to the whole story.',
    'Said no too fast.',
    'Missed them showing me the drawing.',
    'Sharp voice in the shop.',
    'Left them waiting too long.',
  ],
  needs: ['Some time on my own first.', 'To stay calm myself before trying again.'],
  attempts: {
    apology: ['I am sorry I shouted. It was not your fault.', 'Sorry, I was grumpy.'],
    do_over: ['Can we start bedtime over?', 'Let me try that again, calmer.'],
    affection: ['A cuddle on the sofa.', 'Read a book together.'],
    humor: ['Silly voices until we both laughed.'],
    conversation: ['We talked about big feelings.'],
    clarification: ['I was tired, not angry with you.'],
  },
  moments: {
    joy: ['Built a fort together.', 'Giggles at breakfast.'],
    affection: ['Climbed into my lap.', 'Held my hand on the way home.'],
    bid_turned_toward: ['Showed me the bug, and I looked.'],
    repair_pride: ['We came back together after the tears.'],
    appreciation: ['Helped set the table.'],
  },
  observed: [
    'Came back to play.',
    'Calmed and leaned on me.',
    'Smiled and took my hand.',
    'Asked for a story.',
    'Gave me a drawing.',
  ],
  checkins: common.checkins,
};

const friends: Words = {
  themes: [
    { topic: 'plans', notes: ['Cancelled at the last minute.', 'Plans changed without asking me.'] },
    { topic: 'group chat', notes: ['Left out of the chat.', 'A joke in the chat that stung.'] },
    { topic: 'borrowing', notes: ['The book I lent, still not back.', 'Money I lent.'] },
  ],
  notes: ['Did not ask how I was.', 'Forgot my birthday.', 'Laughed at me, not with me.', 'Did not reply for days.'],
  needs: ['To know I matter to you.', 'A real talk, not a message.', 'A bit of time.'],
  attempts: common.attempts,
  moments: {
    joy: ['Long laugh over coffee.', 'Great hike together.'],
    appreciation: ['Thanks for showing up.', 'You remembered my interview.'],
    gratitude: ['You helped me move.'],
    bid_turned_toward: ['Called back right away.'],
    repair_pride: ['We cleared the air.'],
  },
  observed: ['Answered with a warm message.', 'Came to the party after all.'],
  checkins: common.checkins,
};

const work: Words = {
  themes: [
    { topic: 'deadlines', notes: ['Work dropped on me on a Friday.', 'Deadline moved without a word.'] },
    { topic: 'meetings', notes: ['Cut off in the meeting.', 'My idea credited to someone else.'] },
    { topic: 'reviews', notes: ['Blunt review comments.', 'Feedback in front of everyone.'] },
  ],
  notes: [
    'Short reply that felt cold.',
    'Did not say thanks.',
    'Forgot to loop me in.',
    'Sharp message late at night.',
  ],
  needs: ['Clear words about what comes next.', 'To talk in person, not in a thread.', 'Some time.'],
  attempts: {
    apology: ['Sorry, that came out sharp.', 'I should have asked first. Sorry.'],
    clarification: ['I meant the plan, not your work.', 'I was under pressure, not upset with you.'],
    own_my_part: ['I dropped the ball on that.', 'That one is on me.'],
    conversation: ['Coffee and a proper talk?', 'Ten minutes after stand-up?'],
    do_over: ['Let me rewrite that message.'],
  },
  moments: {
    appreciation: ['Great catch in the review.', 'Thanks for covering for me.'],
    gratitude: ['You helped me through the launch.'],
    joy: ['Lunch together, lots of laughing.'],
    bid_turned_toward: ['Asked my opinion first.'],
    repair_pride: ['We sorted it out kindly.'],
  },
  observed: ['Replied warmly in the thread.', 'Thanked me in the meeting.'],
  checkins: common.checkins,
};

const BY_KIND: Record<SpaceKind, Words> = {
  couple,
  parent_child: parentChild,
  family: parentChild,
  friends,
  work,
  other: friends,
};

export function wordsFor(kind: SpaceKind): Words {
  return BY_KIND[kind];
}
