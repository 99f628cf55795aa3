// Minimal typings for the parts of NLP.js v4 this project uses (the packages ship none).
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
    register(name: string, value: unknown, isSingleton?: boolean): void;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite?: boolean): void;
    get(name: string): unknown;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';
  export interface Classification {
    intent: string;
    score: number;
  }
  export interface NluOutput {
    classifications: Classification[];
  }
  export class Nlp {
    constructor(settings: Record<string, unknown>, container?: Container);
    container: Container;
    nluManager: {
      process(locale: string, utterance: string, settings?: Record<string, unknown>): Promise<NluOutput>;
    };
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
