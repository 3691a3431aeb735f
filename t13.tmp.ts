import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { draftArticle } from './src/draft/index.js';
const WORDS = [
  'Xi Jinping', 'President', 'he', 'said', 'visited', 'inspected', 'toured', 'the', 'a', 'in',
  'Luoyang', 'Henan Province', 'Rizhao', 'port of Rizhao', 'Bensteel group', 'Liaoning',
  'Beijing', 'Hangzhou Robotics Park', 'Luoyang Bearing Group Co.', 'Ltd.', 'this week',
  'on Monday', 'in May of last year', 'in January 2025', 'two years ago', 'fell', 'rose',
  '12 percent', '80%', 'almost', 'in 2024', '5G', '14th', 'No. 1', 'its', 'company', 'villager',
  'worker', 'noted', 'stressed that', 'urged', '“', '”', '"', '‘', '’', ',', '.', '\n', ';',
  '—', '(Xinhua)', 'BEIJING, April 13 (Xinhua) --', 'date 2025-05-22', '😀', 'é', '\t',
];
const pick = <T,>(...items: T[]) => fc.constantFrom(...items);
const reportSentence = fc.tuple(
    pick('', 'On Monday, ', 'In March 2019, ', 'Two years ago, ', 'Later that day, ', 'This week '),
    pick('Xi Jinping', 'President Xi Jinping', 'he', 'XI', 'a villager'),
    pick(' visited', ' inspected', ' toured', ' went to', ' said', ' noted that', ' urged'),
    pick(' the Luoyang Bearing Group Co.', ' the port of Rizhao', ' a cold mill of the Bensteel group', ' the Xixi Wetland Museum', ' Fuzhou Software Park', ' local officials'),
    pick('', ' in Luoyang', ' in Henan Province', ' in the province of Liaoning', ' in Fuzhou', ' in Hangzhou, Zhejiang Province'),
    pick('', ' this week', ' in May of last year', ' on Tuesday afternoon'),
    pick('.', ', where output rose 12 percent in 2024.', '. “We work hard every single day,” he said.', '; its sales now represent 70% of the total.'),
  ).map((parts) => parts.join(''));
const articleLike = fc.tuple(fc.array(fc.oneof(reportSentence, fc.constantFrom(...WORDS)), { minLength: 1, maxLength: 40 }), pick(' ', '\n')).map(([parts, sep]) => parts.join(sep));
const grapheme = fc.string({ unit: 'grapheme', maxLength: 400 });
let worst = 0;
for (let seed = Number(process.env.FROM ?? 0); seed < Number(process.env.TO ?? 400); seed++) {
  for (const text of [...fc.sample(articleLike, { seed, numRuns: 20 }), ...fc.sample(grapheme, { seed, numRuns: 20 })]) {
    writeFileSync('/tmp/last-fuzz.txt', text);
    const a = performance.now();
    try { draftArticle(text, { date: '2025-05-22' }); } catch {}
    const t = performance.now() - a;
    if (t > 150) console.log('slow', seed, Math.round(t));
    if (t > worst) { worst = t; writeFileSync('/tmp/worst-fuzz.txt', text); console.log('seed', seed, 'ms', Math.round(t), 'len', text.length); }
  }
}
