import type { Conversation, MemberView, RuptureDetailView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { Status } from '../../components/alert';
import { Link } from '../../components/link';
import { saidLines, summaryText } from '../../conversation-words';
import { statusWords } from '../../rupture-status';
import { SaidList } from './said-list';

/** "You finished", or "stopped here", without blame; then the linked rupture's status, live. */
export function EndedWords(props: {
  conversation: Conversation;
  title: string;
  rupture: RuptureDetailView | undefined;
  members: readonly MemberView[];
}) {
  const c = props.conversation;
  const together = !c.alone && c.participants.filter((p) => p !== c.child).length > 1;
  const back = c.ruptureId ? `/spaces/${c.spaceId}/ruptures/${c.ruptureId}` : `/spaces/${c.spaceId}`;
  return (
    <section class="panel conv-turn" aria-labelledby="turn-heading">
      <h2 id="turn-heading">
        {c.status === 'done'
          ? together
            ? 'You went through it together. Thank you both.'
            : 'You went through it. Thank you.'
          : 'This conversation stopped here.'}
      </h2>
      {c.status === 'abandoned' && (
        <p>That's okay. What was said stays, and you can start again whenever you're ready.</p>
      )}
      {props.rupture && (
        <p class="conv-rupture-status" role="status">
          {statusWords(props.rupture, { members: props.members, now: new Date() })}
        </p>
      )}
      <p class="actions">
        <Link href={back} class="button">
          {c.ruptureId ? 'Back to the rupture' : 'Back to the space'}
        </Link>
      </p>
    </section>
  );
}

/** What was said, to keep: readable here, printable, and copyable as plain text. */
export function Summary(props: {
  conversation: Conversation;
  title: string;
  members: readonly MemberView[];
  viewerId: string;
  ended: boolean;
}) {
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const lines = saidLines(props.conversation, props.members, props.viewerId);
  async function copy() {
    const text = summaryText(props.conversation, props.title, props.members, props.viewerId);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste it wherever you keep things.');
    } catch {
      setCopied('Copying did not work here. You can select the text and copy it instead.');
    }
  }
  return (
    <section class="panel panel-soft conv-summary" aria-labelledby="said-heading">
      <h2 id="said-heading">{props.ended ? 'What you said' : 'So far'}</h2>
      <SaidList lines={lines} />
      {props.ended && lines.length > 0 && (
        <>
          <div class="actions no-print">
            <button type="button" class="button button-secondary" onClick={copy}>
              Copy
            </button>
            <button type="button" class="button button-secondary" onClick={() => window.print()}>
              Print
            </button>
          </div>
          <Status message={copied} />
        </>
      )}
    </section>
  );
}
