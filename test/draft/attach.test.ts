import { describe, expect, it } from 'vitest';
import { draftFixture } from './helpers.js';

/** Where each quote and figure of a draft went: [text start, visit name or scope]. */
function placement(file: string, date?: string) {
  const { collection } = draftFixture(file, date ? { date } : {});
  const quotes: [string, string][] = [];
  const figures: [string, string][] = [];
  for (const f of collection.features) {
    for (const q of f.properties.quotes) quotes.push([q.text.slice(0, 24), f.properties.name.en]);
    for (const s of f.properties.statistics) figures.push([s.figure, f.properties.name.en]);
  }
  for (const q of collection.quotes) quotes.push([q.text.slice(0, 24), '(none)']);
  for (const s of collection.statistics) figures.push([s.figure, s.scope]);
  return { quotes: quotes.sort(), figures: figures.sort(), collection };
}

describe('attachment', () => {
  it('by sentence, by reference to the company, by the paragraph before; not across a new date and place', () => {
    const { quotes, figures, collection } = placement('company-visit.txt');
    const site = 'Zhengzhou Coal Mining Machinery Group';
    expect(quotes).toEqual(
      [
        ['Companies must keep inves', site],
        ['Manufacturing is the foun', site],
        ['Self-reliance in core tec', site],
        ['reform of state firms nee', '(none)'],
      ].map(([a, b]) => [a?.slice(0, 24), b]),
    );
    expect(figures).toEqual([
      ['40%', site],
      ['about 60 percent', 'national'],
    ]);
    const loose = collection.quotes[0];
    expect(loose?.article).toBe('company-visit');
    expect(loose?.review?.[0]).toContain('belongs to no visit');
    const continued = collection.features[0]?.properties.quotes.find((q) =>
      q.text.startsWith('Self'),
    );
    expect(continued?.review?.[0]).toContain('from the paragraph before');
  });

  it('quotes of workers and villagers go to the visit told before them', () => {
    const { quotes } = placement('workers-villagers.txt');
    expect(quotes).toEqual(
      [
        ['Life is better than ever', 'Xiyang Village'],
        ['We now run three shifts ', 'Taiyuan Steel Works'],
        ['local officials to keep i', 'Xiyang Village'],
      ].map(([a, b]) => [a?.slice(0, 24), b]),
    );
  });

  it('a quote at the terminal belongs to the terminal, on a tour of several days', () => {
    const { quotes } = placement('multi-day-tour.txt');
    expect(quotes).toEqual([
      ['Ports are the gateway of ', 'Xiamen Port Container Terminal'].map((s, i) =>
        i ? s : s.slice(0, 24),
      ),
    ]);
  });

  it('a site figure goes to its visit, a national one to the top level', () => {
    const { figures } = placement('not-figures.txt');
    expect(figures).toEqual([
      ['35 million TEUs', 'Ningbo Port'],
      ['fell', 'national'],
      ['rose 12 percent', 'Ningbo Port'],
    ]);
  });

  it('a figure of "the province" has the province named before as its area', () => {
    const { collection } = draftFixture('agency-tour.txt');
    expect(collection.statistics.map((s) => [s.figure, s.scope, s.area?.en, s.period])).toEqual([
      ['grew 38 percent', 'province', 'Guangdong', '2022'],
    ]);
  });

  it('an appositive does not hide the speaker; a figure of the province does not end the frame of the visit told last', () => {
    const { quotes } = placement('agency-tour.txt');
    expect(quotes).toEqual([
      [
        'Innovation must be placed at the core of development'.slice(0, 24),
        'residential community',
      ],
      ['manufacturing must climb the value chain'.slice(0, 24), 'Aion Motors Co Ltd'],
    ]);
  });

  it('"At the village" and "At the plant" attach to the visits whose sites they name; a paragraph told at another event does not carry over', () => {
    const { quotes, collection } = placement('at-the-site.txt');
    expect(quotes).toEqual([
      ['Our life is getting bette', 'village'].map((x, i) => (i ? x : x.slice(0, 24))),
      ['old industrial bases must', 'Lanzhou Petrochemical Plant'].map((x, i) =>
        i ? x : x.slice(0, 24),
      ),
      ['the Yellow River must be ', '(none)'].map((x, i) => (i ? x : x.slice(0, 24))),
    ]);
    expect(collection.quotes[0]?.review).toEqual([
      'belongs to no visit: told at another event ("Speaking at a symposium"), not at the visit before',
    ]);
    // No note about attachment: the villager's quote says only that no name is given.
    expect(
      collection.features.flatMap((f) => f.properties.quotes.flatMap((q) => q.review ?? [])),
    ).toEqual(['speaker not named']);
  });
});

describe('a site named again by the first word of its name', () => {
  it('"At Hongda, ..." frames the visit to Hongda Electronics Co; "Tanwei villagers" the fishing village', () => {
    const { quotes } = placement('site-first-word.txt');
    expect(quotes).toEqual([
      ['He sat at our table and ', 'Tanwei fishing village'],
      ['He wanted to know how ma', 'Hongda Electronics Co'],
    ]);
  });
});

describe('a home inside the village visited', () => {
  it('"At the home of villager <Name>" is framed by the village told before; a hard-wrapped "answered <Name>" names the speaker', () => {
    const { collection } = draftFixture('home-in-village.txt');
    const village = collection.features.find((f) => f.properties.name.en === 'Dongyuan Village');
    const quote = village?.properties.quotes[0];
    expect(quote?.text).toBe('There is no hurry. We can wait for a while');
    expect(quote?.speaker).toBe("Zhou Xiu'e");
    expect(village?.properties.statistics.map((s) => [s.figure, s.scope])).toEqual([
      ['2,000 kg', 'site'],
    ]);
  });
});

describe('a site and its appositive told in one sentence', () => {
  it('"the Yulin Grottoes, a cultural relics site ..." frames the grottoes, not several visits', () => {
    const { quotes } = placement('site-appositive.txt');
    expect(quotes).toEqual([['Study hard, and you will', 'Yulin Grottoes']]);
  });
});

describe('narrative frame', () => {
  it('carries the site told last across paragraphs, until another place, day or words said over time', () => {
    const { quotes, collection } = placement('narrative-frame.txt');
    expect(quotes).toEqual([
      ['Export credit must reach', '(none)'],
      ['Farmers should be helped', 'Ruijin Navel Orange Cooperative'],
      ['Good fruit needs a good ', 'Ruijin Navel Orange Cooperative'],
      ['The government will keep', '(none)'],
      ['manufacturing is the bac', '(none)'],
    ]);
    expect(collection.quotes.map((q) => q.review?.at(-1))).toEqual([
      'belongs to no visit: told of another place ("In Nanchang"), not of the visit before',
      'belongs to no visit: told of another day ("On Thursday"), not of the visit before',
      'belongs to no visit: words said over time ("has repeatedly stressed"), not at one visit',
    ]);
  });
});
