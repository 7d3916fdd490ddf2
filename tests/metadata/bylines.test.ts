import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { splitByline } from '../../src/metadata/authors.js';

const BODY = `<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p>`;
const page = (head: string, body: string, after = '') =>
  `<!doctype html><html><head><title>Headline of the story here</title>${head}</head><body><article>${body}${BODY}${after}</article></body></html>`;
const authorsOf = (head: string, body: string, after = '') => clean(page(head, body, after)).authors;

describe('bylines printed as text', () => {
  it('reads a labelled author anywhere in the article', () => {
    expect(authorsOf('', '<h1>Headline of the story here</h1>', '<h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn/SP-X')).toEqual(
      ['Peter Maahn'],
    );
    expect(authorsOf('', '<h1>Headline of the story here</h1>', '<p><strong>Text:</strong> Klausmartin Friedrich</p>')).toEqual([
      'Klausmartin Friedrich',
    ]);
    expect(
      authorsOf(
        '',
        '<h1>Headline of the story here</h1><div>05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher des Verbands)</span></div>',
      ),
    ).toEqual(['Eberhard Fuhr']);
  });

  it('reads a byline word and the name after it just below the headline', () => {
    expect(
      authorsOf(
        '',
        '<h1>Headline of the story here</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022</div>',
      ),
    ).toEqual(['Pamela Sladky']);
    expect(authorsOf('', '<h1>Headline of the story here</h1><address>By <a href="/people/tim">Tim Anderson</a></address>')).toEqual([
      'Tim Anderson',
    ]);
  });

  it('does not read "von" in prose far below the headline, or a byline in comments', () => {
    const prose = `<p>${'Long opening paragraph that keeps going. '.repeat(12)}</p><p><em>von</em> Berlin aus</p>`;
    expect(authorsOf('', `<h1>Headline of the story here</h1>${prose}`)).toEqual([]);
    expect(authorsOf('', '<h1>Headline of the story here</h1>', '<div class="comments"><p>Autor: Troll Account</p></div>')).toEqual([]);
  });

  it('reads the author Yoast labels in its Twitter meta, but not an account name', () => {
    const yoast = (name: string) => `<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="${name}">`;
    expect(authorsOf(yoast('Karoline Herr'), '<h1>Headline of the story here</h1>')).toEqual(['Karoline Herr']);
    expect(authorsOf(yoast('admin'), '<h1>Headline of the story here</h1>')).toEqual([]);
  });

  it('reads a byline marked with data-testid', () => {
    const byline =
      '<div data-testid="prism-byline"><span>By</span><span><a href="/about/jr-stone">J.R. Stone</a></span> <span>Thursday, November 9, 2023</span></div>';
    expect(authorsOf('', `<h1>Headline of the story here</h1>${byline}`)).toEqual(['J.R. Stone']);
  });
});

describe('bylines in structured data and post footers', () => {
  it('follows a JSON-LD author given by @id to its Person node', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Headline of the story here', author: { '@id': 'https://blog.example/#/person/1' } },
        { '@type': 'Person', '@id': 'https://blog.example/#/person/1', name: 'Flora Lerche' },
      ],
    };
    expect(
      authorsOf(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`, '<h1>Headline of the story here</h1>'),
    ).toEqual(['Flora Lerche']);
  });

  it("reads the byline in the post's own footer, not in the page footer", () => {
    const byline = '<span class="author">Posted by <a rel="author" href="/author/gwk/">Günter W. Kienitz</a> at 18:52</span>';
    expect(authorsOf('', '<h1>Headline of the story here</h1>', `<footer class="post-footer">${byline}</footer>`)).toEqual([
      'Günter W. Kienitz',
    ]);
    expect(authorsOf('', '<h1>Headline of the story here</h1>', `<footer class="site">${byline}</footer>`)).toEqual([]);
  });

  it("passes over the site's own name for a person named later, and keeps it when no one is", () => {
    const site = '<meta property="og:site_name" content="Planet Press"><meta name="author" content="Planet Press">';
    expect(
      authorsOf(
        site,
        '<h1>Headline of the story here</h1><p>By <a href="/">Planet Press</a></p>',
        '<p><em>Written by: <a href="/x">Julie Mollins</a></em></p>',
      ),
    ).toEqual(['Julie Mollins']);
    expect(authorsOf(site, '<h1>Headline of the story here</h1><p>By <a href="/">Planet Press</a></p>')).toEqual(['Planet Press']);
    expect(
      authorsOf(
        '<meta property="og:site_name" content="Planet Press"><meta name="author" content="Planet Press - Ana Lima">',
        '<h1>Headline of the story here</h1>',
        '',
      ),
    ).toEqual(['Ana Lima']);
  });

  it('reads an "autor" box and a Drupal field that hides its label', () => {
    expect(
      authorsOf('', '<h1>Headline of the story here</h1><div class="autor"><h6>Jacobo Peláez | Publicado hace 3 horas</h6></div>'),
    ).toEqual(['Jacobo Peláez']);
    expect(
      authorsOf(
        '',
        '<h1>Headline of the story here</h1><h5 class="field field--name-field-author field--label-hidden">Christian Mihatsch</h5>',
      ),
    ).toEqual(['Christian Mihatsch']);
  });

  it('reads a byline word after a date and time under the headline', () => {
    expect(authorsOf('', '<h1>Headline of the story here</h1><h2><span>06.11.2023 13:30 von Olga </span></h2>')).toEqual(['Olga']);
  });
});

describe('splitByline', () => {
  it('takes the name after the date, a glued byline word apart, and no weekday', () => {
    expect(splitByline('Posted on September 21, 2020 by Adi Tzlil')).toEqual(['Adi Tzlil']);
    expect(splitByline('ByJ.R. Stone Thursday, November 9, 2023')).toEqual(['J.R. Stone']);
    expect(splitByline('史蒂文的家_藍天 (stevenhgm)')).toEqual(['史蒂文的家_藍天 (stevenhgm)']);
  });

  it('reads a joined role label, a spaced or added colon and a handle with digits', () => {
    expect(splitByline('Text & Fotos: Ivan Valetny')).toEqual(['Ivan Valetny']);
    expect(splitByline('Text und Bild: Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Auteur : Kossivi Tiassou')).toEqual(['Kossivi Tiassou']);
    expect(splitByline('Written by: Julie Mollins')).toEqual(['Julie Mollins']);
    expect(splitByline('von freeman1984 · 10. Dezember 2019')).toEqual(['freeman1984']);
  });

  it("drops a politician's office and party label, not an academic title", () => {
    expect(splitByline('By Sen. Rand Paul (R-Ky.)')).toEqual(['Rand Paul']);
    expect(splitByline('Rep. Jane Doe (D-NY) and Sen. John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('Dr. Andrew Huberman')).toEqual(['Dr. Andrew Huberman']);
  });
});
