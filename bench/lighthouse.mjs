#!/usr/bin/env node
/**
 * Lighthouse (12.8.2, pinned) on the built page served by `vite preview`, with the mobile
 * (default) and desktop presets, in Debian's Chromium launched by chrome-launcher with the
 * flags of scripts/chromium.mjs. Prints the four category scores, LCP, TBT and CLS, and the
 * audits that did not pass. Each preset runs `--runs` times (default 3); the median is kept.
 *
 * Run: node bench/lighthouse.mjs [--runs=3]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import {
  describeMachine,
  machine,
  median,
  ms,
  ROOT,
  table,
  viteBuild,
  writeResult,
} from './lib/common.mjs';

const RUNS = Number(
  process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? process.env.BENCH_RUNS ?? 3,
);
const OUT = 'dist/bench/lighthouse-page';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function audit(url, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: await findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result.lhr;
    const failed = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      failed,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

export async function runLighthouse() {
  const m = await machine();
  viteBuild(['--outDir', OUT, '--emptyOutDir']);
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: OUT },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const presets = {};
  try {
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await audit(url, preset);
        runs.push(r);
        console.log(
          `${preset} run ${i + 1}: ${CATEGORIES.map((c) => r.scores[c]).join(' / ')}, LCP ${ms(r.lcp)} ms, TBT ${ms(r.tbt)} ms, CLS ${r.cls?.toFixed(3)}${r.failed.length ? `; below 1: ${r.failed.join(', ')}` : ''}`,
        );
      }
      presets[preset] = {
        runs,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]),
        ),
        lcp: median(runs.map((r) => r.lcp)),
        tbt: median(runs.map((r) => r.tbt)),
        cls: median(runs.map((r) => r.cls)),
        failed: [...new Set(runs.flatMap((r) => r.failed))],
      };
    }
  } finally {
    await server.close();
  }
  const md = [
    '## Lighthouse',
    '',
    `Machine: ${describeMachine(m)}. Lighthouse 12.8.2 on the built page from \`vite preview\`; median of ${RUNS} runs per preset (simulated throttling: the mobile preset emulates a mid-range phone on slow 4G).`,
    '',
    table(
      [
        'preset',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'LCP (ms)',
        'TBT (ms)',
        'CLS',
      ],
      Object.entries(presets).map(([name, p]) => [
        name,
        ...CATEGORIES.map((c) => String(p.scores[c])),
        ms(p.lcp),
        ms(p.tbt),
        p.cls.toFixed(3),
      ]),
    ),
    '',
    ...Object.entries(presets).map(
      ([name, p]) =>
        `Audits below full marks (${name}, any run): ${p.failed.length ? p.failed.join(', ') : 'none'}.`,
    ),
  ].join('\n');
  writeResult(
    'lighthouse',
    { machine: m, date: new Date().toISOString(), runs: RUNS, presets },
    md,
  );
  return presets;
}

if (import.meta.url === `file://${process.argv[1]}`) await runLighthouse();
