import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';

/** Drafts `body` under a date line and a title, and says which visit the quote in marks went to. */
function visitOfQuote(body: string): string | null {
  const { collection } = draftArticle(`date 2025-05-16 Politics\nXi visits Luoyang\n${body}`);
  for (const f of collection.features)
    if (f.properties.quotes.some((q) => q.kind === 'direct')) return f.properties.name.en;
  return null;
}

const LEAD =
  'Xi Jinping inspected the Luoyang Bearing Group and the Baima Temple in Luoyang, central China’s Henan Province, on Thursday.\n';

describe('narrative frame', () => {
  it.each([
    [
      'a site named by its head word sets the frame',
      `${LEAD}At the temple, Xi asked monks how they keep the old halls.\nVisitors come from every province, a guide said.\n“Old buildings tell us who we are,” Xi said.`,
      'Baima Temple',
    ],
    [
      'one site told on its own sets the frame for the paragraphs after it',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nThe company makes bearings for wind turbines and high-speed trains.\n“Core parts must be made at home,” Xi said.',
      'Luoyang Bearing Group',
    ],
    [
      'two sites in one sentence leave no one site in the frame',
      `${LEAD}“Core parts must be made at home,” Xi said.`,
      null,
    ],
    [
      'another event ends the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nSpeaking at a meeting with provincial officials, Xi said reform must go on.\n“Core parts must be made at home,” Xi said.',
      null,
    ],
    [
      'another day ends the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nLast year, Xi said in Beijing that industry must modernise.\n“Core parts must be made at home,” Xi added.',
      null,
    ],
    [
      'another day in a clause opening the sentence ends the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nThe company makes bearings for wind turbines.\nWhen he went back to a village in Shaanxi in March 2015, he told farmers: “I left my heart here.”',
      null,
    ],
    [
      'the same day does not end the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nOn Thursday afternoon, Xi walked along an assembly line.\n“Core parts must be made at home,” Xi said.',
      'Luoyang Bearing Group',
    ],
    [
      'another place opening a sentence ends the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nIn Zhengzhou, officials said exports rose.\n“Core parts must be made at home,” a trader said.',
      null,
    ],
    [
      'the place of the visit opening a sentence does not end the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nIn Luoyang, Xi talked with engineers about precision machining.\n“Core parts must be made at home,” Xi said.',
      'Luoyang Bearing Group',
    ],
    [
      'the city or county of one visit opening a sentence sets the frame to that visit',
      'Xi Jinping visited the Baima Temple in Luoyang, Henan Province, on Thursday.\nXi also went to the Pingdingshan Coal Mine in Pingdingshan, where he talked with miners.\nIn Luoyang, the city of peonies, Xi talked with monks about the old halls.\n“Old buildings tell us who we are,” Xi said.',
      'Baima Temple',
    ],
    [
      'the city of two visits opening a sentence sets no one visit',
      `${LEAD}Xi also went to the Pingdingshan Coal Mine in Pingdingshan, where he talked with miners.\nIn Luoyang, the city of peonies, Xi talked with engineers and monks.\n“Old buildings tell us who we are,” Xi said.`,
      null,
    ],
    [
      'words told before "made the remarks while visiting" a site were said there',
      'Xi Jinping has called for making “core parts at home” to keep industry secure.\nXi made the remarks on Thursday while visiting the Luoyang Bearing Group in Luoyang, Henan Province.',
      'Luoyang Bearing Group',
    ],
    [
      'words told before "made the remarks" on a tour of a province belong to no one visit',
      'Xi Jinping has called for making “core parts at home” to keep industry secure.\nXi made the remarks during an inspection tour of Henan Province from Tuesday to Thursday.\nOn Thursday, Xi visited the Luoyang Bearing Group in Luoyang.',
      null,
    ],
    [
      '"At the health center" after "a health center and a school" sets the frame to the center',
      'Xi Jinping visited a health center and a school in Shahe township of Luoyang, Henan Province, on Thursday.\nAt the health center, he asked how many patients it serves. Checking its stock of medicines, Xi said: “Good care must reach every village.”',
      'health center',
    ],
    [
      '"At the school" after "a health center and a school" sets the frame to the school',
      'Xi Jinping visited a health center and a school in Shahe township of Luoyang, Henan Province, on Thursday.\nAt the school, he asked how many pupils it teaches. Checking its classrooms, Xi said: “Good teachers must reach every village.”',
      'school',
    ],
    [
      'another event told inside a sentence ends the frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nReform must go deeper, Xi told a meeting of provincial officials.\n“Core parts must be made at home,” he said.',
      null,
    ],
    [
      'a meeting told in the sentence of the visit does not end its frame',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday and told a meeting of its engineers that reform must go deeper.\n“Core parts must be made at home,” he said.',
      'Luoyang Bearing Group',
    ],
    [
      '"At a dry port in <city>" names again the port of the caption told before',
      'Xi Jinping tours the Luoyang international land port in Luoyang, central China’s Henan Province, May 15, 2025. (Photo/Xinhua)\nXi Jinping has called for faster customs clearance, speaking on a trip to Henan Province on Thursday.\nAt a dry port in Luoyang, he said: “Goods must keep flowing.”\nHe then toured a software park in Zhengzhou and talked with founders.',
      'Luoyang international land port',
    ],
    [
      '"At a dry port in <city>" inside one paragraph is not the site told after it',
      'Xi Jinping tours the Luoyang international land port in Luoyang, central China’s Henan Province, May 15, 2025. (Photo/Xinhua) Xi Jinping has called for faster customs clearance. Speaking on a trip to Henan Province on Thursday, Xi said ports are key. At a dry port in Luoyang, he said: “Goods must keep flowing.” He then toured a software park in Zhengzhou and talked with founders.',
      'Luoyang international land port',
    ],
    [
      'a sentence opening at a site named again by its own name sets the frame to it',
      'Xi Jinping visited the Luoyang International Land Port Area and the Baima Temple in Luoyang, Henan Province, on Thursday.\nAt the Luoyang International Land Port Area, he watched freight trains being loaded.\n“Goods must keep flowing,” Xi said.',
      'Luoyang International Land Port Area',
    ],
    [
      '"At the company" after "<Name> Co., Ltd. and <site>" sets the frame to the company',
      'Xi Jinping went to Zhongyuan Valve Co., Ltd. and to the Baima Temple in Luoyang, Henan Province, on Thursday.\nAt the company, he talked with welders and engineers.\n“Core parts must be made at home,” Xi said.',
      'Zhongyuan Valve Co., Ltd.',
    ],
    [
      '"At the company" after a company named by no legal form sets no frame',
      'Xi Jinping went to the Zhongyuan Valve Works and to the Baima Temple in Luoyang, Henan Province, on Thursday.\nAt the company, he talked with welders and engineers.\n“Core parts must be made at home,” Xi said.',
      null,
    ],
    [
      'words said "on a tour of <province>" belong to the tour, not to the site told before',
      'Xi Jinping talks with monks at the Baima Temple in Luoyang, Henan Province, May 14, 2025. (Xinhua)\n“Old buildings tell us who we are,” Xi said on a tour of Henan Province that ended on Thursday.',
      null,
    ],
    [
      '"During his trip to the region, ..." belongs to the tour, not to the site told before',
      'Xi Jinping visited the Luoyang Bearing Group in Luoyang, Henan Province, on Thursday.\nDuring his trip to the province, Xi said: “Core parts must be made at home.”',
      null,
    ],
    [
      'a site named in the middle of a background sentence does not set the frame',
      'Xi Jinping visited the Luoyang International Land Port Area and the Baima Temple in Luoyang, Henan Province, on Thursday.\nThe Luoyang International Land Port Area opened in 2019.\n“Goods must keep flowing,” Xi said.',
      null,
    ],
  ])('%s', (_, body, expected) => {
    expect(visitOfQuote(body)).toBe(expected);
  });
});
