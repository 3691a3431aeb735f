import { describe, expect, it } from 'vitest';
import { countiesNamed, gazetteer, placesNamed, provinceNamed } from '../../src/draft/gazetteer.js';
import { cityFromName } from '../../src/draft/locate.js';
import { findPlaces } from '../../src/draft/places.js';

describe('findPlaces', () => {
  it.each([
    { text: 'in the Henan province this week', found: [['Henan', 'province']] },
    { text: 'in the province of Liaoning, XI', found: [['Liaoning', 'province']] },
    { text: 'the port of Rizhao for its', found: [['Rizhao', 'city']] },
    { text: 'said President Xi Jinping in Luoyang', found: [['Luoyang', 'city']] },
    {
      text: 'Inner Mongolia Autonomous Region and Tibet',
      found: [
        ['Inner Mongolia Autonomous Region', 'province'],
        ['Tibet', 'province'],
      ],
    },
    { text: 'BEIJING, April 13', found: [['BEIJING', 'province']] },
    { text: 'China has turned into the largest power', found: [] },
    { text: 'on the Xinjiang River in Shangrao', found: [['Shangrao', 'city']] },
    { text: 'in the Binhai New Area', found: [['Binhai', 'county']] },
    { text: 'by Taihu Lake, around Qinghai Lake', found: [['Qinghai', 'province']] },
    { text: 'a tea farm in the Wuyi Mountains', found: [] },
    {
      text: 'Butuo county of Liangshan Yi autonomous prefecture',
      found: [
        ['Butuo', 'county'],
        ['Liangshan', 'city'],
      ],
    },
    // A surname the article gives a person is no place where it stands alone.
    {
      text: 'Tang Huifang, a tea grower from Zhengding County, met him. Tang was one of 12 growers there.',
      found: [['Zhengding', 'county']],
    },
    {
      text: 'Visitors remember Jiao Yulu. The "Jiao willow" he planted in Lankao still grows.',
      found: [['Lankao', 'city']],
    },
    // A province's name as its city's: "Jilin and Changchun cities"; a municipality stays itself.
    {
      text: 'villages in Jilin and Changchun cities of Jilin Province; Beijing city',
      found: [
        ['Jilin', 'city'],
        ['Changchun', 'city'],
        ['Jilin', 'province'],
        ['Beijing', 'province'],
      ],
    },
    // An autonomous county named with its peoples: the county, not a bare name.
    {
      text: 'a school in the Shizhu Tujia autonomous county',
      found: [['Shizhu', 'county']],
    },
    // A division's other English name; a state-level new area GB/T 2260 lacks.
    {
      text: 'a clinic in Arshaan, a county-level city in the league',
      found: [['Arshaan', 'county']],
    },
    {
      text: 'the plan for Xiongan New Area, Hebei',
      found: [
        ['Xiongan', 'city'],
        ['Hebei', 'province'],
      ],
    },
    {
      text: 'Tang County lies west of Baoding.',
      found: [
        ['Tang', 'county'],
        ['Baoding', 'city'],
      ],
    },
  ])('$text', ({ text, found }) => {
    const mentions = findPlaces(text);
    expect(
      mentions.map((m) => [m.text, m.kind, ...(m.bare === undefined ? [] : [!!m.bare])]),
    ).toEqual(found);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists every place of a shared name', () => {
    const [luoyang] = findPlaces('Luoyang');
    expect(luoyang?.places.map((p) => p.province.en).sort()).toEqual([
      'Fujian',
      'Guangdong',
      'Henan',
      'Zhejiang',
    ]);
  });
});

describe('gazetteer', () => {
  it('keys each place to its base-map province and keeps the GeoNames entry', () => {
    const henan = placesNamed('Luoyang').find((p) => p.province.basemapId === 'CN.HE');
    expect(henan?.entry).toEqual({
      name: 'Luoyang',
      country: 'CN',
      admin1: '09',
      admin2: '4103',
      lat: '34.67345',
      lng: '112.43684',
    });
    expect(henan?.province).toMatchObject({ en: 'Henan', zh: '河南省', geonamesAdmin1: '09' });
    expect(provinceNamed('Liaoning')?.province.basemapId).toBe('CN.LN');
    expect(provinceNamed('Shandong')?.province.geonamesAdmin1).toBe('25');
  });

  it('searches by name prefix, exact names and provinces first', () => {
    expect(gazetteer.search('Henan', 1)[0]?.kind).toBe('province');
    expect(gazetteer.search('luoy', 10).every((p) => p.name.startsWith('Luoy'))).toBe(true);
    expect(gazetteer.search('', 5)).toEqual([]);
    const linying = gazetteer.search('Linying', 5);
    expect(linying.map((p) => [p.kind, p.county?.en, p.county?.city, p.province.en])).toEqual([
      ['county', 'Linying County', 'Luohe', 'Henan'],
    ]);
  });

  it('places an autonomous prefecture GeoNames gives no point at the point of a county-level city in it', () => {
    const yanbian = placesNamed('Yanbian');
    expect(yanbian.map((p) => [p.kind, p.province.en, p.lon, p.lat, p.entry.point])).toEqual([
      ['city', 'Jilin', 129.50241, 42.88825, 'Yanji City'],
    ]);
    const liangshan = placesNamed('Liangshan').find((p) => p.province.en === 'Sichuan');
    expect(liangshan?.entry).toMatchObject({ gb: '5134', point: 'Xichang City' });
    // A county without a point of its own stands at its prefecture's.
    const butuo = gazetteer.search('Butuo', 1)[0];
    expect([butuo?.county?.city, butuo?.county?.hasPoint, butuo?.lon]).toEqual([
      'Liangshan',
      false,
      liangshan?.lon,
    ]);
  });

  it("gives a division the point of the seat GeoNames' cities500 names after it when cities1000 has none", () => {
    // 陆丰市's seat is Donghai; 儋州市's is Nada.
    const lufeng = gazetteer.search('Lufeng', 5).find((p) => p.province.en === 'Guangdong');
    expect([lufeng?.county?.en, lufeng?.county?.hasPoint, lufeng?.lon, lufeng?.lat]).toEqual([
      'Lufeng City',
      true,
      115.64204,
      22.94593,
    ]);
    expect(lufeng?.entry.geonames).toBe('Donghai');
    const danzhou = placesNamed('Danzhou');
    expect(danzhou.map((p) => [p.kind, p.province.en, p.lon, p.lat])).toEqual([
      ['city', 'Hainan', 109.5786, 19.52257],
    ]);
  });

  it('reads 浚县 as Xun, also under its other names, at its seat "Xun Xian Chengguanzhen"', () => {
    const xun = countiesNamed('Xun');
    expect(xun.map((p) => [p.county?.en, p.county?.city, p.province.en, p.lon, p.lat])).toEqual([
      ['Xun County', 'Hebi', 'Henan', 114.53458, 35.66473],
    ]);
    expect(xun[0]?.entry.geonames).toBe('Xun Xian Chengguanzhen');
    expect(countiesNamed('Junxian')).toEqual(xun);
  });

  it('knows a division by its other English names and a new area as a city', () => {
    const [arxan] = gazetteer.search('Arshaan', 1);
    expect([arxan?.county?.en, arxan?.county?.zh, arxan?.county?.city]).toEqual([
      'Arxan City',
      '阿尔山市',
      'Hinggan',
    ]);
    const xiongan = placesNamed('Xiongan');
    expect(xiongan.map((p) => [p.kind, p.province.en, p.entry.zh, p.entry.gb])).toEqual([
      ['city', 'Hebei', '雄安新区', undefined],
    ]);
    // At the point of Rongcheng County, the first county it takes in.
    const rongcheng = countiesNamed('Rongcheng').find((p) => p.province.en === 'Hebei');
    expect([xiongan[0]?.lon, xiongan[0]?.lat]).toEqual([rongcheng?.lon, rongcheng?.lat]);
  });

  it('finds the nearest place', () => {
    expect(gazetteer.nearest(112.44, 34.67).name).toBe('Luoyang');
  });

  it.each([
    ['Bensteel group', 'Liaoning', 'Benxi'],
    ['Ansteel', 'Liaoning', 'Anshan'],
    ['Luoyang Bearing', 'Henan', undefined],
  ])('%s in %s is in %s', (name, province, city) => {
    const p = provinceNamed(province);
    expect(p && cityFromName(name, p)?.name).toBe(city);
  });
});

describe('placeRecord', () => {
  it('gives the visit fields of a city and of a province', async () => {
    const { placeRecord } = await import('../../src/draft/place-record.js');
    const benxi = placesNamed('Benxi')[0];
    const liaoning = provinceNamed('Liaoning');
    if (!benxi || !liaoning) throw new Error('gazetteer lacks Benxi or Liaoning');
    const city = placeRecord(benxi, 'city');
    expect(city.geometry.coordinates).toEqual([123.765, 41.28861]);
    expect(city.place).toEqual({
      city: { en: 'Benxi' },
      province: { en: 'Liaoning', zh: '辽宁省', geonamesAdmin1: '19', basemapId: 'CN.LN' },
      country: 'CN',
    });
    expect(city.location.precision).toBe('city');
    expect(city.location.source.entry).toMatchObject({ name: 'Benxi', admin2: '2105' });
    const province = placeRecord(liaoning, 'province');
    expect(province.place.city.en).toBe('Liaoning');
    expect(province.location.precision).toBe('province');
  });
});
