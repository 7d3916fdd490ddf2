import { describe, expect, it } from 'vitest';
import { detectInputKind } from '../../src/input/detect.js';

const prose = 'A long paragraph of running prose with hardly any markup at all. '.repeat(600);

describe('detectInputKind', () => {
  it('reads a page wrapped in an archive element as HTML, however little markup its prose has', () => {
    const page = `<text id="http://example.org/essay.html" title="An essay" encoding="utf8">\n<HTML>\n<HEAD><TITLE>An essay</TITLE></HEAD>\n<BODY><P>${prose}</P></BODY></HTML></text>`;
    expect(detectInputKind(page)).toBe('html');
    expect(detectInputKind(`<doc>\n<!-- saved -->\n<!DOCTYPE html><html><body><p>${prose}</p></body></html></doc>`)).toBe('html');
  });

  it('still reads a text dump that opens with a quoted tag and no document as text', () => {
    expect(detectInputKind(`<note> remember to ${prose}`)).toBe('text');
    expect(detectInputKind(`<b>Warning</b> ${prose}`)).toBe('text');
  });
});
