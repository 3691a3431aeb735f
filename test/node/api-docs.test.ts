/**
 * The published reference cannot drift from the code: custom-elements.json is what the analyzer
 * makes of the element's JSDoc now, and the README's API section is what the manifest says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { describe, expect, it } from 'vitest';
import {
  type apiMarkdown,
  END,
  elementDeclaration,
  generatedReadme,
  START,
} from '../../scripts/api-docs.mjs';
import { ROOT, readJson } from '../helpers.js';

const committed = readJson('custom-elements.json') as Parameters<typeof apiMarkdown>[0];
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('custom-elements.json', () => {
  it('is what `cem analyze` makes of the JSDoc now (run npm run docs when it is not)', async () => {
    const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(committed);
  }, 60_000);

  it('declares the whole public API of <inspection-map>', () => {
    const el = elementDeclaration(committed);
    const names = (list: { name: string }[] | undefined) => (list ?? []).map((x) => x.name);
    expect(names(el.attributes)).toEqual([
      'src',
      'selected',
      'tiles',
      'tiles-attribution',
      'lang',
      'deep-link',
      'year',
      'leader',
      'province',
      'industry',
      'fetch-timeout',
      'max-bytes',
    ]);
    expect(names(el.members)).toEqual([
      'src',
      'data',
      'selected',
      'tiles',
      'tilesAttribution',
      'lang',
      'deepLink',
      'year',
      'leader',
      'province',
      'industry',
      'fetchTimeout',
      'maxBytes',
      'visits',
      'shown',
      'problems',
      'tileErrors',
      'select',
      'show',
      'fitAll',
    ]);
    expect(names(el.events)).toEqual([
      'inspection-map-select',
      'inspection-map-filter',
      'inspection-map-load',
      'inspection-map-problems',
    ]);
    expect(names(el.cssParts)).toEqual([
      'map',
      'list',
      'list-item',
      'popup-card',
      'status',
      'notice',
      'error',
    ]);
    expect(names(el.cssProperties).every((n) => n.startsWith('--inspection-map-'))).toBe(true);
    const selected = el.members?.find((m) => m.name === 'selected');
    expect(selected).toMatchObject({ reflects: true, default: 'null' });
  });
});

describe('the README', () => {
  it('has the API section generated from the manifest (run npm run docs when it does not)', () => {
    expect(readme).toBe(generatedReadme(readme, committed));
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const name of ['select(id: string \\| null)', 'inspection-map-select', 'popup-card']) {
      expect(section).toContain(`\`${name}\``);
    }
    expect(section).toContain('#### Slots');
  });

  it('documents every CSS custom property the styles read, and no other', () => {
    const folder = resolve(ROOT, 'src/components/inspection-map');
    const styles = readdirSync(folder)
      .filter((f) => f.endsWith('.styles.ts'))
      .map((f) => readFileSync(resolve(folder, f), 'utf8'))
      .join('\n');
    const used = [...new Set(styles.match(/--inspection-map-[a-z-]+/g))].sort();
    const documented = (elementDeclaration(committed).cssProperties ?? []).map((p) => p.name);
    expect(documented.sort()).toEqual(used);
  });
});
