import dns from 'node:dns';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean, cleanFile } from '../../src/index.js';

// Hostile pages: whatever they hold, cleaning runs no page script, opens no connection, pollutes no
// prototype, and still returns a schema-valid article.
const PROSE =
  'The ferry service to the outer islands will resume next week, the operator said, after repairs to the landing stage were finished ahead of schedule. ';
const BODY = `<article><h1>Ferry service resumes</h1><p>${PROSE.repeat(3)}</p></article>`;
const withJsonLd = (json: string) =>
  `<!DOCTYPE html><html><head><title>Ferry service resumes</title><script type="application/ld+json">${json}</script></head><body>${BODY}</body></html>`;

/** Every way Node code reaches the network, replaced by a recorder that refuses. */
const attempts: string[] = [];
const restore: (() => void)[] = [];
function trap<T extends object>(target: T, key: keyof T & string, label: string): void {
  const original = target[key];
  (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
    attempts.push(`${label} ${JSON.stringify(args[0] ?? null)?.slice(0, 80)}`);
    throw new Error(`network access attempted: ${label}`);
  };
  restore.push(() => {
    (target as Record<string, unknown>)[key] = original;
  });
}

beforeAll(() => {
  trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(tls, 'connect', 'tls.connect');
  trap(dns, 'lookup', 'dns.lookup');
  trap(dns, 'resolve', 'dns.resolve');
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  trap(http, 'request', 'http.request');
  trap(http, 'get', 'http.get');
  trap(https, 'request', 'https.request');
  trap(https, 'get', 'https.get');
  trap(globalThis, 'fetch', 'fetch');
});
afterAll(() => {
  for (const undo of restore.reverse()) undo();
});

const HOSTILE_PAGE = `<!DOCTYPE html>
<html><head>
<base href="http://attacker.example/">
<title>Ferry service resumes</title>
<link rel="stylesheet" href="http://attacker.example/style.css">
<link rel="preload" href="https://attacker.example/font.woff2" as="font">
<style>@import url("http://attacker.example/more.css"); body { background: url(http://attacker.example/bg.png) }</style>
<script>globalThis.__deboilPageScriptRan = true; fetch('http://attacker.example/beacon');</script>
<script src="http://attacker.example/tracker.js"></script>
<meta http-equiv="refresh" content="0; url=http://attacker.example/">
</head><body onload="globalThis.__deboilPageScriptRan = true">
<iframe src="http://attacker.example/frame.html" srcdoc="<p>frame text that is not the article</p>"></iframe>
<img src="http://attacker.example/pixel.gif" srcset="http://attacker.example/a.png 2x" onerror="globalThis.__deboilPageScriptRan = true">
<video src="https://attacker.example/v.mp4" poster="https://attacker.example/p.jpg"></video>
<object data="http://attacker.example/x.swf"></object><embed src="http://attacker.example/y.swf">
<svg><script>globalThis.__deboilPageScriptRan = true</script><image href="http://attacker.example/z.png"/></svg>
<a href="javascript:globalThis.__deboilPageScriptRan = true">click</a>
${BODY}
<script>document.write('<p>written by script</p>')</script>
</body></html>`;

describe('hostile content', () => {
  it('the network trap itself works (so a silent pass below means something)', () => {
    expect(() => net.connect(80, 'attacker.example')).toThrow(/network access attempted/);
    expect(() => dns.lookup('attacker.example', () => {})).toThrow(/network access attempted/);
    expect(attempts.length).toBe(2);
    attempts.length = 0;
  });

  it('scripts, iframes, <base href>, remote images and styles: no script runs, no connection, only the article', async () => {
    const article = clean(HOSTILE_PAGE);
    expect(article.body).toBe(PROSE.repeat(3).trim());
    const dir = mkdtempSync(join(tmpdir(), 'deboil-hostile-'));
    writeFileSync(join(dir, 'page.html'), HOSTILE_PAGE);
    expect((await cleanFile(join(dir, 'page.html'), { explain: true })).body).toBe(article.body);
    expect((globalThis as Record<string, unknown>).__deboilPageScriptRan).toBeUndefined();
    expect(attempts).toEqual([]);
  });

  it('JSON-LD with __proto__ and constructor keys pollutes no prototype', () => {
    const json = `{"@type": "NewsArticle", "headline": "Ferry service resumes",
      "__proto__": {"polluted": "yes", "headline": "from the prototype"},
      "constructor": {"prototype": {"polluted": "yes"}},
      "author": [{"__proto__": {"name": "Injected"}, "name": "Mara Quinn"}, {"constructor": {"name": "Object"}}]}`;
    const article = clean(withJsonLd(json));
    expect(article.title).toBe('Ferry service resumes');
    expect(article.authors).toEqual(['Mara Quinn']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).headline).toBeUndefined();
  });

  it('deeply nested JSON-LD (100,000 levels) in every property it reads', () => {
    const deep = (n: number, inner: string) => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
    for (const json of [
      `{"@type": "NewsArticle", "headline": ${deep(100_000, '"H"')}, "author": ${deep(100_000, '"A"')}}`,
      `{"@graph": ${deep(100_000, '{"@type": "NewsArticle", "headline": "G"}')}}`,
      `${'{"@type": "WebPage", "mainEntity": '.repeat(50_000)}{"@type": "NewsArticle"}${'}'.repeat(50_000)}`,
      `${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}`,
    ]) {
      expect(clean(withJsonLd(json)).body).toContain(PROSE.repeat(3).trim());
    }
  });

  it('enormous JSON-LD: a 5 MB block and 200,000 nodes', () => {
    const big = `{"@type": "NewsArticle", "headline": "Big", "articleBody": "${'x'.repeat(5_000_000)}"}`;
    expect(clean(withJsonLd(big)).body).toBe(PROSE.repeat(3).trim());
    const many = `[${Array.from({ length: 200_000 }, (_, i) => `{"@type": "Thing", "name": "n${i}"}`).join(',')}]`;
    expect(clean(withJsonLd(many)).title).toBe('Ferry service resumes');
  });

  it('broken JSON-LD and values of the wrong type are ignored, not fatal', () => {
    for (const json of [
      '{"@type": "NewsArticle", "headline": "B",,, "author": [}',
      '<!-- {"@type": ',
      '{"@type": {"x": 1}, "headline": {"name": 5}, "datePublished": 12345, "author": [null, 1, {"name": {"x": 1}}]}',
      '{"@type": "NewsArticle", "headline": {"toString": "x"}, "url": {"valueOf": 1}, "datePublished": "9999-99-99"}',
      'null',
      '"just a string"',
    ]) {
      // A repairable block may still lend its headline, so the <h1> can stay in the body; the prose must be whole.
      expect(clean(withJsonLd(json)).body).toContain(PROSE.repeat(3).trim());
    }
  });
});
