// ml-regression-power ships no type declarations; this is the part of its API the engine uses.
declare module 'ml-regression-power' {
  export class PowerRegression {
    constructor(x: number[], y: number[]);
    /** y = A * x^B */
    A: number;
    B: number;
    predict(x: number): number;
  }
}
