import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statesPhone } from '../src/content/cards.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../src/paths.js';
import { HANDOFFS, TOPICS, type Topic } from '../src/topics.js';
import { content } from './support/harness.js';

const FACTS = join(PROJECT_ROOT, '..', 'shared', 'content', 'facts.md');
const rendered = (topic: Topic): string => `${content.topicText('en', topic, 'summary')}\n${content.topicText('en', topic, 'detail')}`;

describe('content is data, traceable to facts.md', () => {
  it('every phone number and URL in locales/ is in shared/content/facts.md (check-content.mjs)', () => {
    const output = execFileSync(process.execPath, [join(PROJECT_ROOT, '..', 'shared', 'tools', 'check-content.mjs'), 'locales'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(output).toMatch(/0 problems/);
  });

  it('every URL in locales/ appears verbatim in facts.md', () => {
    const facts = readFileSync(FACTS, 'utf8');
    const urls = readdirSync(join(LOCALES_DIR, 'en')).flatMap((f) => readFileSync(join(LOCALES_DIR, 'en', f), 'utf8').match(/https?:\/\/[^\s"]+/g) ?? []);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(facts, url).toContain(url.replace(/\/$/, ''));
  });

  it('no phone number or official URL is written in code', () => {
    const pattern = /0800[ -]?\d{3}|0508[ -]?\d{3}|https?:\/\/[a-z0-9.-]+\.(govt|org)\.nz/;
    const files = ['src', 'dialogs'].flatMap((dir) =>
      readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(PROJECT_ROOT, dir, f)),
    );
    expect(files.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('every content file carries review metadata, and check-before-launch items point at real keys', () => {
    for (const file of readdirSync(join(LOCALES_DIR, 'en'))) {
      const json = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', file), 'utf8'));
      expect(json._meta?.lastReviewed, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(json._meta?.checkBeforeLaunch), file).toBe(true);
      for (const key of json._meta.checkBeforeLaunch as string[]) {
        expect(key.split('.').reduce((o: any, k) => o?.[k], json), `${file}: ${key}`).toBeTypeOf('string');
      }
    }
    const flagged = ['channels.json', 'topics.json'].flatMap((f) => JSON.parse(readFileSync(join(LOCALES_DIR, 'en', f), 'utf8'))._meta.checkBeforeLaunch);
    // facts.md marks the Netsafe and NCSC phone hours "check before launch".
    expect(flagged).toEqual(expect.arrayContaining(['netsafe.hours', 'ncsc.hours']));
  });
});

describe('every topic has an answer', () => {
  it.each(TOPICS)('%s: title, summary and detail, fully rendered', (topic) => {
    for (const part of ['title', 'summary', 'detail'] as const) {
      const text = part === 'title' ? content.topicTitle('en', topic) : content.topicText('en', topic, part);
      expect(text, part).not.toBe('');
      expect(text, part).not.toContain(`topics:${topic}`);
      expect(text, part).not.toMatch(/\$t\(|\{\{/);
    }
  });

  it('every topic title is unique, so a menu button always means one topic', () => {
    const titles = TOPICS.map((t) => content.topicTitle('en', t).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(TOPICS.filter((t) => HANDOFFS[t].length > 0))('%s: the first reply states its main official channel', (topic) => {
    const main = content.channel('en', HANDOFFS[topic][0]!);
    const summary = content.topicText('en', topic, 'summary');
    const stated = (main.phone && statesPhone(summary, main.phone)) || (main.url && summary.includes(main.url));
    expect(stated, `${topic} summary should give ${main.name}`).toBeTruthy();
  });
});

describe('each answer carries the official channel the issue requires (facts.md §2)', () => {
  it.each<[Topic, string[]]>([
    ['report', ['https://www.nzsis.govt.nz/contact-us/reporting-a-national-security-concern', '0800 747 224', '111', '105']],
    ['emergency', ['111']],
    ['police', ['105', 'https://105.police.govt.nz']],
    ['anonymous', ['personal details', '0800 555 111']],
    ['rights', ['Bill of Rights Act 1990', 'https://www.legislation.govt.nz/act/public/1990/0109/latest/DLM224792.html']],
    ['examples', ['https://www.nzsis.govt.nz/our-work/new-zealands-security-threat-environment/']],
    ['transnational_repression', ['https://www.nzsis.govt.nz/our-work/new-zealands-security-threat-environment/']],
    ['what_is_fi', ['https://www.ethniccommunities.govt.nz/programmes/security-and-resilience/']],
    ['signs', ['https://www.ethniccommunities.govt.nz/programmes/security-and-resilience/']],
    ['online_safety', ['https://www.ownyouronline.govt.nz/personal/get-protected/guides/five-quick-steps-to-online-security/']],
    ['org_safety', ['https://www.ownyouronline.govt.nz/business/get-protected/top-online-security-tips-for-your-business/']],
    ['online_harm', ['0508 638 723', 'https://report.netsafe.org.nz']],
    ['cyber_incident', ['https://www.ncsc.govt.nz/what-we-do/services-we-offer/incident-response', '0800 114 115']],
    ['law', ['Crimes (Countering Foreign Interference) Amendment Act 2025', '27 November 2025', 'https://www.justice.govt.nz/justice-sector-policy/key-initiatives/countering-foreign-interference']],
    ['discrimination', ['0800 496 877']],
    ['privacy', ['0800 803 909']],
    ['support', ['0800 842 846']],
    ['interpreter', ['https://www.ethniccommunities.govt.nz/resources/language-support/government-interpreting-services/']],
    ['legal_help', ['https://communitylaw.org.nz']],
  ])('%s', (topic, facts) => {
    for (const fact of facts) expect(rendered(topic)).toContain(fact);
  });

  it('emergency says 111 in its first sentence', () => {
    expect(content.topicText('en', 'emergency', 'summary').split('.')[0]).toMatch(/\b111\b/);
  });
});
