import type { InviteView } from '@repairable/core';
import { useRef, useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert, Status } from '../components/alert';
import { Field } from '../components/field';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { QrCode } from '../components/qr-code';
import { useAction } from '../components/use-action';
import { formatDate } from '../labels';
import { OpenInvites } from './invite/open-invites';

export function InviteScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const [invite, setInvite] = useState<InviteView | undefined>(undefined);
  const [made, setMade] = useState(0);
  const { busy, error, run } = useAction();

  async function create() {
    await run(async () => {
      setInvite(await api.createInvite(spaceId));
      setMade((n) => n + 1);
    });
  }

  return (
    <>
      <PageTitle back={{ href: `/spaces/${spaceId}/people`, label: 'People and settings' }}>Invite someone</PageTitle>
      <p>
        Create a link for the other person. They open it, make an account if they don't have one, and join this space.
      </p>
      {invite ? (
        <InviteLink invite={invite} onAnother={create} another={made > 1} />
      ) : (
        <button type="button" class="button" aria-disabled={busy} onClick={create}>
          Create invite link
        </button>
      )}
      <Alert message={error} />
      <OpenInvites spaceId={spaceId} version={made} />
      <p class="aside">
        <Link href={`/spaces/${spaceId}`}>Back to the space</Link>
      </p>
    </>
  );
}

function InviteLink(props: { invite: InviteView; onAnother: () => void; another: boolean }) {
  const url = `${location.origin}${props.invite.path}`;
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | undefined>(undefined);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      input.current?.select();
      setCopied('The link is selected: copy it from there.');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: 'Join me on Repairable', url });
    } catch {
      // Closing the share sheet is not a problem worth mentioning.
    }
  }

  return (
    <div class="invite stack">
      <div class="field-with-button">
        <Field
          label="Invite link"
          type="url"
          value={url}
          onInput={() => undefined}
          readOnly
          inputRef={input}
          onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
        />
        <button type="button" class="button" onClick={copy}>
          Copy link
        </button>
      </div>
      <Status message={copied} />
      <p class="note">
        This link works once, for 7 days (until {formatDate(props.invite.expiresAt)}). Anyone who has it can join, so
        send it only to the person you mean. If it goes astray, cancel it below.
      </p>
      <div class="qr-frame">
        <QrCode text={url} label="QR code for the invite link" />
        <p class="muted small">Or let them scan this with their phone's camera.</p>
      </div>
      <div class="actions">
        {typeof navigator.share === 'function' && (
          <button type="button" class="button button-secondary" onClick={share}>
            Share…
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          aria-describedby="another-link-note"
          onClick={props.onAnother}
        >
          Create another link
        </button>
      </div>
      <p id="another-link-note" class="muted small">
        {props.another ? 'This is a new link. ' : ''}
        Making another link doesn't end this one: every link keeps working until it is used or expires. You can cancel
        any of them under "Links still open".
      </p>
    </div>
  );
}
