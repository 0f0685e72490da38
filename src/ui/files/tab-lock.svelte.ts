// One tab writes the autosave at a time. Every tab of the app shares one autosave slot, so two tabs
// saving in turn would silently overwrite each other's work. The writer holds a Web Lock for as
// long as it lives; a tab that finds the lock taken is told and chooses: take over (the lock is
// stolen, and the other tab learns at once that it no longer saves) or work on a copy that is not
// autosaved. Without Web Locks (an old browser, tests) a tab writes as before.

/**
 * starting: the lock has not answered yet (nothing is written). owner: this tab writes the
 * autosave. waiting: another tab does, and this one has not chosen yet. copy: the user chose to
 * work here without autosave. displaced: another tab took over.
 */
export type TabRole = 'starting' | 'owner' | 'waiting' | 'copy' | 'displaced';

/** The Web Locks API as used here (navigator.locks, or a stand-in in tests). */
export interface Locks {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<void> | null,
  ): Promise<unknown>;
}

const LOCK = 'targetcast-autosave';

const browserLocks = (): Locks | undefined => (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

export class TabLock {
  role = $state<TabRole>('owner');

  constructor(private readonly locks: Locks | undefined = browserLocks()) {
    if (locks) this.role = 'starting';
  }

  /** Whether this tab may write the autosave. */
  get canWrite(): boolean {
    return this.role === 'owner';
  }

  /** Takes the lock if no other tab holds it; says which role this tab starts in. */
  async start(): Promise<TabRole> {
    if (!this.locks) return (this.role = 'owner');
    this.role = (await this.hold({ ifAvailable: true })) ? 'owner' : 'waiting';
    return this.role;
  }

  /** Takes the lock from the tab holding it, which stops saving and says so. */
  async takeOver(): Promise<void> {
    if (this.locks && !(await this.hold({ steal: true }))) return;
    this.role = 'owner';
  }

  /** Works here without autosave; taking over stays possible. */
  workOnCopy(): void {
    if (this.role !== 'owner') this.role = 'copy';
  }

  /**
   * Requests the lock and holds it until the page goes; true once held, false if another tab has
   * it (with ifAvailable). A lock stolen later makes this tab 'displaced'.
   */
  private hold(options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
    return new Promise((resolve) => {
      this.locks!.request(LOCK, options, (lock) => {
        resolve(lock !== null);
        return lock === null ? null : new Promise<void>(() => undefined);
      }).catch(() => {
        // Stolen by another tab (AbortError), or the request failed: this tab no longer writes.
        resolve(false);
        this.role = 'displaced';
      });
    });
  }
}
