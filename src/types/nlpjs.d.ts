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

declare module '@nlpjs/lang-ar' { export const LangAr: unknown; }
declare module '@nlpjs/lang-es' { export const LangEs: unknown; }
declare module '@nlpjs/lang-fa' { export const LangFa: unknown; }
declare module '@nlpjs/lang-hi' { export const LangHi: unknown; }
declare module '@nlpjs/lang-ko' { export const LangKo: unknown; }
declare module '@nlpjs/lang-ne' { export const LangNe: unknown; }
declare module '@nlpjs/lang-pt' { export const LangPt: unknown; }
declare module '@nlpjs/lang-ru' { export const LangRu: unknown; }
declare module '@nlpjs/lang-ta' { export const LangTa: unknown; }
declare module '@nlpjs/lang-tl' { export const LangTl: unknown; }
declare module '@nlpjs/lang-uk' { export const LangUk: unknown; }

declare module '@nlpjs/language' {
  export interface Guess {
    alpha3: string;
    alpha2: string;
    language: string;
    score: number;
  }
  export class Language {
    guess(utterance: string, allowList?: string[] | null, limit?: number): Guess[];
  }
}
