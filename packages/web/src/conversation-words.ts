import {
  type Conversation,
  type ConversationEntry,
  type MemberView,
  type ProtocolStep,
  stepsOf,
  stepTextFor,
} from '@repairable/core';
import { joinNames, nameOf } from './rupture-status';
import { clockTime, isAhead } from './time';

/**
 * What a guided conversation says, for one viewer: whose turn it is, the
 * step's words with names filled in, what waits on whom for answers given
 * privately, and what was said, line by line (for the page and the copy
 * both can keep). Never a count, a score or a verdict about anyone.
 */

type Members = readonly MemberView[];

/** The members who answer steps: everyone with an account, or the one going on alone. */
export function actorsOf(conv: Pick<Conversation, 'alone' | 'soloMember' | 'participants' | 'child'>): string[] {
  if (conv.alone && conv.soloMember) return [conv.soloMember];
  return conv.participants.filter((p) => p !== conv.child);
}

/** The other participant with an account, seen from the viewer (the child of a parent do-over never counts). */
export function otherOf(conv: Pick<Conversation, 'participants' | 'child'>, viewerId: string): string | undefined {
  return conv.participants.find((p) => p !== viewerId && p !== conv.child);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The step's words with `{speaker}`, `{listener}`, `{other}` and `{child}`
 * replaced by names; the viewer is "you".
 *
 * @example fillNames('Did {listener} get it?', conv, members, alexId) // 'Did Bea get it?'
 */
export function fillNames(
  text: string,
  conv: Pick<Conversation, 'speaker' | 'listener' | 'child' | 'participants'>,
  members: Members,
  viewerId: string,
): string {
  const who: Record<string, string | null | undefined> = {
    speaker: conv.speaker,
    listener: conv.listener,
    other: otherOf(conv, viewerId) ?? conv.child,
    child: conv.child,
  };
  const filled = text.replace(/\{(speaker|listener|other|child)\}/g, (_, key: string) => {
    const id = who[key];
    if (!id) return key === 'child' ? 'your child' : 'the other person';
    return id === viewerId ? 'you' : nameOf(id, members);
  });
  return capitalised(filled);
}

/** A name for the top of the screen: "Bea's turn"; "Bea and Cai" when several. */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}' turn` : `${name}'s turn`;
}

/**
 * Whose turn it is, in two or three words, at the top of the turn screen:
 * "Your turn", "Bea's turn", "Waiting for Bea and Cai", "At your own pace",
 * "Nothing waits on you", "Bea is taking a break until 14:30", "Finished".
 */
export function whoseTurn(conv: Conversation, viewerId: string, members: Members, now: Date): string {
  if (conv.status === 'done') return 'Finished';
  if (conv.status === 'abandoned') return 'Stopped here';
  if (conv.status === 'paused') {
    const at = conv.pausedUntil ? clockTime(conv.pausedUntil, now) : '';
    const mine = conv.pausedBy === viewerId;
    if (!conv.pausedUntil || !isAhead(conv.pausedUntil, now)) {
      return mine ? 'Your break is over' : `${nameOf(conv.pausedBy ?? '', members)} planned to be back at ${at}`;
    }
    return mine
      ? `You're taking a break until ${at}`
      : `${nameOf(conv.pausedBy ?? '', members)} is taking a break until ${at}`;
  }
  if (conv.alone) return conv.soloMember === viewerId ? 'At your own pace' : 'Nothing waits on you';
  if (conv.waitingOn.includes(viewerId)) return 'Your turn';
  const names = conv.waitingOn.map((id) => nameOf(id, members));
  if (names.length === 1) return possessive(names[0] ?? '');
  return names.length > 1 ? `Waiting for ${joinNames(names)}` : '';
}

/** What the viewer reads for the current step: the prompt (and hint) when it is theirs, else the waiting line. */
export function stepWords(
  conv: Conversation,
  viewerId: string,
  members: Members,
): { acting: boolean; text: string; hint: string | undefined } | undefined {
  const words = stepTextFor(conv, viewerId);
  if (!words) return undefined;
  return {
    acting: words.acting,
    text: fillNames(words.text, conv, members, viewerId),
    hint: words.hint ? fillNames(words.hint, conv, members, viewerId) : undefined,
  };
}

export function stepOf(conv: Pick<Conversation, 'protocol' | 'ageBand'>, stepId: string): ProtocolStep | undefined {
  return stepsOf(conv).find((s) => s.id === stepId);
}

/** Check-ins and the break choice are one's own for good; they are never shown to anyone else. */
function isPrivate(step: ProtocolStep): boolean {
  return step.input.kind === 'checkin' || step.input.kind === 'gate';
}

/**
 * For a step everyone answers privately (`each`), what waits on whom,
 * never what anyone said: "Sam has answered. You'll both see your answers
 * once you've answered too." Undefined when nobody has answered yet, or
 * the step is not one revealed together.
 */
export function revealWords(conv: Conversation, viewerId: string, members: Members): string | undefined {
  if (conv.status !== 'active' || conv.alone) return undefined;
  const step = stepOf(conv, conv.stepId);
  if (step?.role !== 'each' || isPrivate(step)) return undefined;
  const actors = actorsOf(conv);
  if (!actors.includes(viewerId)) return undefined;
  const answered = actors.filter((id) => id !== viewerId && !conv.waitingOn.includes(id));
  const pending = actors.filter((id) => id !== viewerId && conv.waitingOn.includes(id));
  const all = actors.length > 2 ? 'all' : 'both';
  if (conv.waitingOn.includes(viewerId)) {
    if (answered.length === 0) return undefined;
    const names = joinNames(answered.map((id) => nameOf(id, members)));
    return `${names} ${answered.length > 1 ? 'have' : 'has'} answered. You'll ${all} see your answers once you've answered too.`;
  }
  if (pending.length === 0) return undefined;
  const names = joinNames(pending.map((id) => nameOf(id, members)));
  return `You've answered. You'll ${all} see your answers once ${names} ${pending.length > 1 ? 'have' : 'has'} answered too.`;
}

/** One thing said, for the page and the summary: who, and their words. */
export interface SaidLine {
  seq: number;
  who: string;
  words: string;
  /** What the step asked, names filled in; left out when roles have swapped since (the names could be wrong). */
  asked: string | undefined;
  /** The viewer's own answer that the others will see only once they have answered too. */
  waitingToBeShown: boolean;
}

function optionLabel(conv: Conversation, step: ProtocolStep, id: string): string {
  const input = step.input;
  if (input.kind === 'choice' && input.optionsFrom === 'openRuptures') {
    return conv.openRuptures.find((r) => r.id === id)?.summary ?? id;
  }
  if (input.kind === 'choice' || input.kind === 'confirm') return input.options.find((o) => o.id === id)?.label ?? id;
  return id;
}

/** An entry in words, or undefined for what is one's own (check-ins, the break choice) or empty. */
export function saidLine(
  conv: Conversation,
  entry: ConversationEntry,
  members: Members,
  viewerId: string,
): SaidLine | undefined {
  const step = stepOf(conv, entry.stepId);
  if (!step || isPrivate(step)) return undefined;
  const input = entry.input as Record<string, unknown>;
  let words: string | undefined;
  if (typeof input.text === 'string') words = input.text.trim() || undefined;
  else if (Array.isArray(input.choices)) {
    words = (input.choices as string[]).map((c) => optionLabel(conv, step, c)).join(', ') || 'Nothing picked';
  } else if (typeof input.choice === 'string') words = optionLabel(conv, step, input.choice);
  else if (input.feel === 'repaired') words = 'I feel repaired.';
  else if (input.feel === 'not_yet') {
    words = typeof input.need === 'string' && input.need ? `Not yet. What would help: ${input.need}` : 'Not yet.';
  }
  if (!words) return undefined;
  const byRole = /\{(speaker|listener)\}/.test(step.prompt);
  return {
    seq: entry.seq,
    who: nameOf(entry.memberId, members, 'You'),
    words,
    asked: conv.swaps > 0 && byRole ? undefined : fillNames(step.prompt, conv, members, viewerId),
    waitingToBeShown: entry.memberId === viewerId && !entry.revealed && step.role === 'each',
  };
}

/** Everything said that this viewer may read, in order. */
export function saidLines(conv: Conversation, members: Members, viewerId: string): SaidLine[] {
  return conv.entries.flatMap((e) => saidLine(conv, e, members, viewerId) ?? []);
}

/**
 * What the one acting answers to: the latest words someone else said, e.g.
 * what the speaker shared, for the listener to say back.
 */
export function answeringTo(conv: Conversation, members: Members, viewerId: string): SaidLine | undefined {
  const others = conv.entries.filter((e) => e.memberId !== viewerId && e.revealed && 'text' in e.input);
  const last = others[others.length - 1];
  return last ? saidLine(conv, last, members, viewerId) : undefined;
}

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The summary as plain text, to copy and keep: the title, the day, then who said what. */
export function summaryText(conv: Conversation, title: string, members: Members, viewerId: string): string {
  const lines = saidLines(conv, members, viewerId).flatMap((l) => [
    ...(l.asked ? [l.asked] : []),
    `${l.who}: ${l.words}`,
    '',
  ]);
  const day = dayFormat.format(new Date(conv.createdAt));
  return [`${title}, ${day}`, '', ...lines].join('\n').trimEnd();
}
