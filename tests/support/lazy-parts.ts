// Waits for the parts of the app that load on first use (not with the page), for tests that mount
// a component and act on it at once.

/** The CSV reader a data cell loads when it mounts (data-csv.ts): imported here too, then the cell's own import settles. */
export async function csvReaderLoaded(): Promise<void> {
  await import('../../src/ui/notebook/cells/data-csv.ts');
  await new Promise((resolve) => setTimeout(resolve, 0));
}
