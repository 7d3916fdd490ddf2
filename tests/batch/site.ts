import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small news site written to disk: every page has its own three paragraphs and the same two template
 * paragraphs (an ownership blurb and a newsdesk line) that no generic rule knows. Test data, generated,
 * so the batch tests need nothing from /work/shared.
 */
export const TEMPLATE_PARAGRAPHS = [
  'The Harbour Gazette is owned by its readers and has covered the town and its coast since 1882, in print and online.',
  'Tips about this or any other story can be sent to our newsdesk at any hour; we read every message we receive.',
];

const TOPICS = ['seals', 'ferries', 'lighthouse', 'harbour wall', 'fish market', 'lifeboat', 'regatta', 'tide gauge'];

export function sitePage(i: number, host = 'www.harbourgazette.example'): string {
  const topic = TOPICS[i % TOPICS.length] as string;
  const own = [
    `Our reporter spent a week on the ${topic} and found that the town has strong views about its future (story ${i}).`,
    `Residents told us that the ${topic} matters more than the council seems to think, and they want a vote on it soon.`,
    `A spokesperson for the council said a decision on the ${topic} would be taken after the summer consultation, case ${i}.`,
    `Nobody we spoke to on the quay expected the ${topic} question to be settled before the next election in story ${i}.`,
  ];
  return `<!doctype html><html lang="en"><head><title>The ${topic} story ${i} | Harbour Gazette</title>
<link rel="canonical" href="https://${host}/news/${i}/${topic.replace(/ /g, '-')}">
<meta property="og:site_name" content="Harbour Gazette"></head><body>
<article><h1>The ${topic} story ${i}</h1>
${[...own, ...TEMPLATE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
}

/** Writes `count` pages of the site under `dir` (created), as page<i>.html. */
export function writeSite(dir: string, count: number, host?: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `page${i}.html`);
    writeFileSync(path, sitePage(i, host));
    return path;
  });
}
