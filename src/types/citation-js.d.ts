// citation.js ships no types; these are the few calls paperfeed makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
    config: { get(name: string): { styles: { add(name: string, style: unknown): void; has(name: string): boolean } } };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
