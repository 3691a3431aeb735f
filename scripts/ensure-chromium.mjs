/**
 * Makes sure the browser tests have a Chromium. Found: prints nothing. Missing: installs
 * Debian's `chromium` when running as root on Debian; otherwise says in one line how to get one
 * and exits with status 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!(await findChromium())) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.error("No Chromium found: installing Debian's chromium package…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!(await findChromium())) {
    console.error(
      'No Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
}
