// saxen ships no type declarations; this is the part of its API the workbook reader uses (the
// parser without namespace handling or proxy mode, fed one whole string).
declare module 'saxen' {
  export class Parser {
    on(event: 'openTag', handler: (name: string, attrs: () => Record<string, string>, decode: unknown, selfClosing: boolean) => void): this;
    on(event: 'closeTag', handler: (name: string) => void): this;
    on(event: 'text' | 'cdata' | 'attention', handler: (text: string) => void): this;
    on(event: 'error', handler: (error: Error) => void): this;
    /** Returns the error the error handler was given, when the handler did not throw. */
    parse(xml: string): Error | null;
  }
}
