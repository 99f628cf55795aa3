import { PROFILE_HOSTS } from '../lexicon/profile-hosts.js';
import type { Detector, Span } from '../types.js';

// A link with a scheme, or a bare one starting "www." or naming a host with a path
// ("facebook.com/li.wei"). Square brackets end a link so placeholders are never swallowed.
const LINK =
  /(?<![\p{L}\p{N}@＠.\/_-])(?:https?:\/\/[^\s<>"'\[\]]+|(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\p{L}\p{N}@_-])(?:[\/?#][^\s<>"'\[\]]*)?)/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'"»)\]}。，、；：！？」』】）]+$/u;

const bareHost = (host: string): string => host.toLowerCase().replace(/^(?:www|m|mobile)\./, '');

function isProfile(host: string, path: string): boolean {
  if (path.split('/').some((segment) => /^[@~]./.test(segment))) return true;
  const rule = PROFILE_HOSTS[host];
  if (!rule || path === '' || path === '/') return false;
  return 'anyPath' in rule || rule.paths.some((p) => path.toLowerCase().startsWith(p));
}

/**
 * Links: official ones stay; links to a person's profile on a social or messaging site become
 * `[profile_url]`; any other link keeps its site ("https://www.rnz.co.nz/[url]") so a reviewer
 * sees what was shared, while the path and query (which can carry names, ids, tokens) are dropped.
 * A bare site with no path ("rnz.co.nz") is left as it is.
 */
export function urlDetector(officialUrls: readonly string[]): Detector {
  const officialHosts = new Set(officialUrls.flatMap((u) => (URL.canParse(u) ? [bareHost(new URL(u).hostname)] : [])));
  return {
    find(text: string): Span[] {
      const spans: Span[] = [];
      for (const m of text.matchAll(LINK)) {
        const link = m[0].replace(TRAILING_PUNCTUATION, '');
        const start = m.index;
        const end = start + link.length;
        const withScheme = /^https?:\/\//i.test(link) ? link : `http://${link}`;
        if (!URL.canParse(withScheme)) {
          spans.push({ start, end, type: 'url' });
          continue;
        }
        const url = new URL(withScheme);
        const host = bareHost(url.hostname);
        if (officialHosts.has(host)) {
          spans.push({ start, end, type: null });
          continue;
        }
        const site = /^(?:https?:\/\/)?[^\/?#]*/i.exec(link)?.[0] ?? '';
        const rest = link.slice(site.length);
        if (site.includes('@')) spans.push({ start, end, type: 'url' }); // carries a user name or password
        else if (isProfile(host, url.pathname)) spans.push({ start, end, type: 'profile_url' });
        else if (rest !== '' && rest !== '/') {
          spans.push({ start: start + site.length, end, type: 'url', replacement: '/[url]' });
        }
      }
      return spans;
    },
  };
}
