// A chart's drawing code (Observable Plot and the marks), loaded after the notebook's first answers
// are on screen rather than with the page: the answers need none of it, and it must not compete with
// them for the network or the main thread. A chart draws once `fn` is there; if the code cannot
// load, `failed` is set and the chart says so (its summary and caption stay).

import { answersShown } from '../lib/answers-shown.ts';

export class Drawing<F> {
  fn = $state.raw<F | null>(null);
  failed = $state(false);

  constructor(load: () => Promise<F>) {
    answersShown.then(load).then(
      (fn) => (this.fn = fn),
      () => (this.failed = true),
    );
  }
}
