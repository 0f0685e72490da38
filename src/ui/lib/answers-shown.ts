// The moment the open notebook's full answers are first on screen. Work the answers do not need
// (the charts' drawing code, the service worker that keeps an offline copy) waits for it, so it
// does not compete with them for the network or the two cores of a modest machine: on first load
// the service worker's install alone took about 0.2 s of CPU, and the browser more to cache files.

let shown: () => void = () => {};

/** Resolves once the notebook's first full answers (or its error) are painted. */
export const answersShown: Promise<void> = new Promise((resolve) => (shown = resolve));

/** Called by the notebook once its first full answers (or its error) are painted. */
export function markAnswersShown(): void {
  shown();
}
