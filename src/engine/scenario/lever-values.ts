// Lever values by lever id: what a scenario sets, what the calendar's entries set, what a run uses.
// Its own module so the calendar (which levers.ts reads) and the registry share it without a loop.
export type LeverValues = Record<string, number>;
