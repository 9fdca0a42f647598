// The web app's weight and speed on the demo county, on loopback (a benchmark, not a test):
// JavaScript transferred (gzip, as served) for the sign-in page, for the office's dashboard
// and for a supervisor's home and report form on a phone, each opened with a cold cache, and
// the dashboard's time from navigation to its four charts drawn, and the time a supervisor
// waits from tapping 提交 to the filed report with a 2 MB photo (uploaded in pieces). From web/:  WATCHPOST_BIN=../target/release/watchpost node bench/pages.mjs
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BINARY = path.resolve(
  process.env.WATCHPOST_BIN ?? path.resolve(import.meta.dirname, '../../target/debug/watchpost'),
);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const PORT = 18_080 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${PORT}`;

const dir = mkdtempSync(path.join(tmpdir(), 'watchpost-bench-'));
const env = {
  ...process.env,
  WATCHPOST_DATABASE_URL: `sqlite://${dir}/watchpost.db?mode=rwc`,
  WATCHPOST_BIND: `127.0.0.1:${PORT}`,
  RUST_LOG: 'warn',
};
spawnSync(BINARY, ['demo'], { cwd: dir, env, stdio: 'ignore' });
const server = spawn(BINARY, ['serve'], { cwd: dir, env, stdio: 'ignore' });
for (let i = 0; i < 100; i += 1) {
  const up = await fetch(`${base}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-sandbox', '--disable-gpu'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Counts the gzip bytes of the scripts a page receives. */
function countScripts(page) {
  const counted = { bytes: 0 };
  // Read at once: an awaited header can outlive the page, and its bytes would go uncounted.
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) counted.bytes += Number(response.headers()['content-length'] ?? 0);
  });
  return counted;
}

/** Signs `username` in (counting the sign-in page's scripts into `counted`, if given) and
 * returns the session. */
async function session(username, counted, context = {}) {
  const first = await browser.newContext({ locale: 'zh-CN', ...context });
  const login = await first.newPage();
  const loginScripts = countScripts(login);
  await login.goto(`${base}/login`, { waitUntil: 'networkidle' });
  counted?.push(loginScripts.bytes);
  await login.getByLabel('用户名').fill(username);
  await login.getByLabel('密码').fill('Watchpost-demo-1');
  await login.getByRole('button', { name: /登\s?录/ }).click();
  await login.waitForURL((url) => !url.pathname.startsWith('/login'));
  const state = await first.storageState();
  await first.close();
  return state;
}

/** The gzip bytes of script a page needs, opened signed in with nothing cached. */
async function coldScripts(state, path, ready, context = {}) {
  const cold = await browser.newContext({ locale: 'zh-CN', storageState: state, ...context });
  const page = await cold.newPage();
  const scripts = countScripts(page);
  await page.goto(`${base}${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await cold.close();
  return scripts.bytes;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const signIn = [];
const dashboard = [];
const drawn = [];
const memberHome = [];
const reportForm = [];
const submitted = [];
// A 2 MB photo as a phone's camera gives it (a JPEG's first bytes, then its data).
const PHOTO = {
  name: 'IMG_20261207_101500.jpg',
  mimeType: 'image/jpeg',
  buffer: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(2 * 1024 * 1024),
  ]),
};

/** Milliseconds from tapping 提交 to the report's page, a 2 MB photo attached. */
async function submitWithPhoto(state, round) {
  const phone = await browser.newContext({ locale: 'zh-CN', storageState: state, ...PHONE });
  const page = await phone.newPage();
  await page.goto(`${base}/me/report`);
  await page.getByLabel('监督领域').selectOption({ label: '政务服务' });
  await page.getByLabel('涉及单位').selectOption({ label: '县不动产登记中心' });
  await page.getByLabel('标题').fill(`窗口要求重复提交材料（第 ${round + 1} 次测量）`);
  await page.getByLabel('具体情况').fill('企业办理抵押登记时被要求再次提交已提交过的材料。');
  await page.getByLabel('拍照').setInputFiles(PHOTO);
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /^提\s?交$/ }).tap();
  await page.waitForURL(/\/me\/reports\/.+\?sent=1/);
  const took = (await page.evaluate(() => performance.now())) - started;
  await phone.close();
  return took;
}

try {
  for (let round = 0; round < ROUNDS; round += 1) {
    const office = await session('yy.office', signIn);

    // Signed in, nothing cached: a clerk's first visit of the day.
    const cold = await browser.newContext({ locale: 'zh-CN', storageState: office });
    const page = await cold.newPage();
    const scripts = countScripts(page);
    await page.goto(`${base}/workbench`);
    await page.locator('[data-drawn="true"]').nth(3).waitFor();
    drawn.push(await page.evaluate(() => performance.now()));
    await page.waitForLoadState('networkidle');
    dashboard.push(scripts.bytes);
    await cold.close();

    // A supervisor on a phone, nothing cached: the home page, and the report form opened directly.
    const member = await session('sup01', null, PHONE);
    memberHome.push(await coldScripts(member, '/me', (page) => page.getByText('待我处理').waitFor(), PHONE));
    reportForm.push(await coldScripts(member, '/me/report', (page) => page.getByLabel('具体情况').waitFor(), PHONE));
    submitted.push(await submitWithPhoto(member, round));
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`sign-in page, JavaScript transferred (gzip): ${kb(median(signIn))}`);
  console.log(`office dashboard, JavaScript transferred (gzip): ${kb(median(dashboard))}`);
  console.log(
    `office dashboard, navigation to charts drawn: median ${median(drawn).toFixed(0)} ms of ${ROUNDS} ` +
      `(min ${Math.min(...drawn).toFixed(0)}, max ${Math.max(...drawn).toFixed(0)})`,
  );
  console.log(`supervisor's home on a phone, JavaScript transferred (gzip): ${kb(median(memberHome))}`);
  console.log(`report form on a phone, JavaScript transferred (gzip): ${kb(median(reportForm))}`);
  console.log(
    `report with a 2 MB photo, 提交 to the filed report: median ${median(submitted).toFixed(0)} ms of ${ROUNDS} ` +
      `(min ${Math.min(...submitted).toFixed(0)}, max ${Math.max(...submitted).toFixed(0)})`,
  );
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
