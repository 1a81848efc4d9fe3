/** Size bounds shared by the validators on the server and the forms in the web app. */
export const LIMITS = {
  displayName: 60,
  spaceName: 80,
  email: 254,
  passwordMin: 8,
  /** The UI suggests this length; the server only enforces `passwordMin`. */
  passwordRecommended: 15,
  /** Long passphrases are welcome; the bound only caps hashing work. */
  passwordMax: 512,
  note: 5000,
  /** A rupture's topic: a word or two. */
  topic: 60,
  /** A need after "not yet", or a reconnection seen in someone without an account: a sentence or two. */
  shortNote: 500,
  bodyBytes: 64 * 1024,
  /** Open (unused, unexpired) invite links one member may hold in a space at once. */
  openInvitesPerMember: 5,
  /** Open invite links a space may hold at once; also the most its invite list returns. */
  openInvitesPerSpace: 20,
  /**
   * Current members of one space, with or without an account: also the most
   * one rupture may involve. Bounded so that a space, sent whole with its
   * members in every space answer, stays small (SECURITY.md R6).
   */
  membersPerSpace: 50,
  /**
   * The largest page any list answers (SECURITY.md R6): what one request may
   * make the server read, shape and send, however much a space holds. The
   * web app asks for no more when it reloads what it shows.
   */
  pageMax: 100,
} as const;

/** How long things last, in milliseconds. */
export const DURATIONS = {
  sessionIdle: 14 * 24 * 60 * 60 * 1000,
  sessionAbsolute: 90 * 24 * 60 * 60 * 1000,
  invite: 7 * 24 * 60 * 60 * 1000,
} as const;
