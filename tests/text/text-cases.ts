import { judgeTextBlocks } from '../../src/text/extract.js';

/** Four paragraphs of plain article prose, for text dumps built around them. */
export const prose = [
  'The council approved the plan on Tuesday after a debate that lasted most of the afternoon and the evening.',
  'Work on the new bridge is expected to start in the autumn and should take about eighteen months to finish.',
  'Residents who had campaigned for the crossing for years said they were relieved that the wait was over at last.',
  'The old bridge was closed two years ago after engineers found that its supports had corroded badly in places.',
];

/** Each line of a text dump with the reason it was removed, or null when it was kept. */
export function reasons(text: string): Map<string, string | null> {
  return new Map(judgeTextBlocks(text).judged.map((j) => [j.block.text, j.reason]));
}
