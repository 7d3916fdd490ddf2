import { describe, expect, it } from 'vitest';
import { hostOf, pageAddress, urlResolver } from '../../src/metadata/url.js';

describe('hostOf', () => {
  it('names the host of an absolute address and nothing for a relative one', () => {
    expect(hostOf('https://www.example.org/a/b?c=1')).toBe('www.example.org');
    expect(hostOf('/news/story.html')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});

describe('pageAddress', () => {
  const atPage = urlResolver(null, 'https://news.example.com/2020/05/story.html');
  const nowhere = urlResolver(null, null);

  it('resolves relative values against the page address', () => {
    expect(pageAddress('index.html', atPage)).toBe('https://news.example.com/2020/05/index.html');
    expect(pageAddress('/path/', atPage)).toBe('https://news.example.com/path/');
    expect(pageAddress('//cdn.example.com/p', atPage)).toBe('https://cdn.example.com/p');
  });

  it('resolves against <base> first, itself resolved against the page', () => {
    const withBase = urlResolver('/archive/', 'http://old.example.net/x/y.html');
    expect(pageAddress('item-7.html', withBase)).toBe('http://old.example.net/archive/item-7.html');
  });

  it('gives a protocol-relative value https when nothing else resolves it', () => {
    expect(pageAddress('//host.example/path', nowhere)).toBe('https://host.example/path');
  });

  it('gives null for what stays relative or is not a web address', () => {
    expect(pageAddress('index.html', nowhere)).toBeNull();
    expect(pageAddress('/path/', nowhere)).toBeNull();
    expect(pageAddress('javascript:void(0)', atPage)).toBeNull();
    expect(pageAddress('   ', atPage)).toBeNull();
  });
});
