/**
 * One sign-in at a time per page. Amplify keeps a single in-progress sign-in (and the widget a single pending
 * record) per page, so a second widget that starts a sign-in while another is on a code or choice step would
 * answer the first one's challenge. The widget that holds the lock is the one whose sign-in is under way; the
 * others say so and wait. The host hands every widget the same lock (one per page, shared by two copies of the
 * widget too).
 */
export class PageLock {
  private owner?: object;

  /** Takes the lock for `owner`; false when another holds it. */
  claim(owner: object): boolean {
    if (this.owner && this.owner !== owner) return false;
    this.owner = owner;
    return true;
  }

  release(owner: object) {
    if (this.owner === owner) this.owner = undefined;
  }

  heldByOther(owner: object): boolean {
    return Boolean(this.owner && this.owner !== owner);
  }
}
