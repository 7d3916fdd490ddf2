import { describe, expect, it } from 'vitest';
import { NO_GROUP, type Prediction, scoreByGroup, scoreCorpus, type Truth } from '../../bench/score.js';

const truth = (id: string, body: string, genre?: string): Truth => ({
  id,
  url: null,
  title: null,
  date: null,
  outlet: null,
  author: null,
  body,
  ...(genre === undefined ? {} : { genre }),
});

const prose = 'the harbour seals came back to the estuary after ten long years away from home';

describe('scoreByGroup', () => {
  const truths = [truth('a', prose, 'forum'), truth('b', prose, 'article'), truth('c', prose, 'forum'), truth('d', prose)];
  const predictions = new Map<string, Prediction>([
    ['a', { id: 'a', body: prose }],
    ['b', { id: 'b', body: `${prose} subscribe to our newsletter for more news every single day` }],
    ['c', { id: 'c', body: 'nothing of the post at all here' }],
    ['d', { id: 'd', body: prose }],
  ]);

  it('puts each page in the group of its field value, groups in name order, pages without one last', () => {
    const groups = scoreByGroup(truths, predictions, 'genre');
    expect(groups.map((g) => [g.group, g.summary.pages])).toEqual([
      [NO_GROUP, 1],
      ['article', 1],
      ['forum', 2],
    ]);
  });

  it('scores a group exactly as the whole-corpus scorer scores those pages alone', () => {
    const forum = scoreByGroup(truths, predictions, 'genre').find((g) => g.group === 'forum');
    const alone = scoreCorpus(
      truths.filter((t) => t.genre === 'forum'),
      predictions,
    );
    expect(forum?.summary.metrics).toEqual(alone.metrics);
    // One perfect page and one with no shared shingle: recall is their mean.
    expect(forum?.summary.metrics['body.recall']?.value).toBe(0.5);
  });

  it('gives a precision below 1 to the group whose page kept boilerplate', () => {
    const article = scoreByGroup(truths, predictions, 'genre').find((g) => g.group === 'article');
    expect(article?.summary.metrics['body.recall']?.value).toBe(1);
    expect(article?.summary.metrics['body.precision']?.value).toBeLessThan(1);
  });

  it('puts every page in one group for a field no page has', () => {
    expect(scoreByGroup(truths, predictions, 'spa').map((g) => g.group)).toEqual([NO_GROUP]);
  });
});
