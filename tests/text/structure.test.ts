import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// Structure read off a text dump's shape, into `content` only: `body` stays the text as it was.
const prose = (topic: string) =>
  `The council met on Tuesday to discuss the ${topic}, which would change how the harbour works for the boats that use it every day.`;
const dump = (...parts: string[]) => parts.join('\n\n');
const contentOf = (text: string) => clean(text, { inputKind: 'text' }).content ?? '';

describe('text-dump structure in content', () => {
  it('makes a short unpunctuated line between a blank line and prose a heading', () => {
    const text = dump(prose('harbour plan'), prose('new berths'), 'What the plan changes', prose('dredging work'), prose('opening hours'));
    const article = clean(text, { inputKind: 'text' });
    expect(article.content).toContain('\n\n## What the plan changes\n\n');
    expect(article.body).toContain('\n\nWhat the plan changes\n\n');
  });

  it('takes a heading and its subheading, but not a run of short lines (a menu, a table of contents)', () => {
    const headed = contentOf(dump(prose('harbour plan'), 'Achieving guarantees\nAt-least-once delivery', prose('retries')));
    expect(headed).toContain('## Achieving guarantees\n\n## At-least-once delivery');
    const menu = contentOf(dump(prose('harbour plan'), 'Data model\nLifecycle of a task\nOwnership model', prose('retries')));
    expect(menu).not.toContain('##');
  });

  it('leaves sentences, credits and separators as paragraphs', () => {
    const content = contentOf(
      dump(
        prose('harbour plan'),
        'The vote is on Friday.',
        prose('vote'),
        'Photo by Jane Doe',
        prose('photos'),
        'Home | News | Sport',
        prose('menus'),
        'Jane Doe/AP',
        prose('credits'),
      ),
    );
    expect(content).not.toContain('##');
  });

  it('makes a short line above a list a heading', () => {
    const content = contentOf(
      dump(prose('harbour plan'), 'Highlights', ' * New berths for the ferries\n * Longer opening hours', prose('vote')),
    );
    expect(content).toContain('## Highlights\n\n- New berths');
  });

  it('asks for the wider gap where the dump sets its headings off by one', () => {
    const wide = (...parts: string[]) => parts.join('\n\n\n');
    const text = wide(
      dump(prose('harbour plan'), 'A label, not a heading', prose('vote')),
      dump('What the plan changes', prose('dredging work'), prose('berths')),
      dump('Opening hours', prose('hours'), prose('ferries')),
    ).replace('A label, not a heading', 'Second thoughts');
    const content = contentOf(text);
    expect(content).toContain('## What the plan changes');
    expect(content).toContain('## Opening hours');
    expect(content).not.toContain('## Second thoughts');
    expect(contentOf(text.replaceAll('\n\n\n', '\n\n'))).toContain('## Second thoughts');
  });

  it('makes numbered lines ordered lists: indented ones, and margin ones that count on', () => {
    const content = contentOf(
      dump(
        prose('harbour plan'),
        '  3. Dredge the basin\n  4. Lay the pontoons',
        prose('works'),
        '1. First the survey\n2. Then the permit',
        prose('permits'),
      ),
    );
    expect(content).toContain('3. Dredge the basin\n4. Lay the pontoons');
    expect(content).toContain('1. First the survey\n2. Then the permit');
    const body = clean(dump(prose('a'), '1. First the survey\n2. Then the permit', prose('b')), { inputKind: 'text' }).body;
    expect(body).toContain('1. First the survey\n\n2. Then the permit');
  });

  it('keeps a lone numbered line at the margin as the text it is', () => {
    const content = contentOf(dump(prose('harbour plan'), '3. The cloud becomes table stakes', prose('clouds'), prose('more')));
    expect(content).not.toMatch(/^\d+\. /m);
    expect(content).toContain('3\\. The cloud becomes table stakes');
  });
});
