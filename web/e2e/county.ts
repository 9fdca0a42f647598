import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The binary under test: the one cargo built, with this app inside it. */
const BINARY = path.resolve(
  process.env.WATCHPOST_BIN ?? path.resolve(import.meta.dirname, '../../target/debug/watchpost'),
);

export const PASSWORD = 'Watchpost-demo-1';

type County = { baseURL: string; run: (...args: string[]) => string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function ready(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (server.exitCode !== null) throw new Error(`watchpost serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('watchpost serve did not become ready');
}

/** Each test gets its own demo county: a fresh database, `watchpost demo`, and
 * `watchpost serve` on a free port of 127.0.0.1, stopped when the file is done. */
export const test = base.extend<{ county: County }>({
  county: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'watchpost-e2e-'));
      const port = await freePort();
      const env = {
        ...process.env,
        WATCHPOST_DATABASE_URL: `sqlite://${dir}/watchpost.db?mode=rwc`,
        WATCHPOST_BIND: `127.0.0.1:${port}`,
        RUST_LOG: 'warn',
      };
      const run = (...args: string[]) => {
        const result = spawnSync(BINARY, args, { cwd: dir, env, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`${BINARY} ${args.join(' ')}: ${result.error ?? result.stderr}`);
        return result.stdout;
      };
      run('demo');
      const server = spawn(BINARY, ['serve'], { cwd: dir, env, stdio: 'ignore' });
      const baseURL = `http://127.0.0.1:${port}`;
      try {
        await ready(baseURL, server);
        await use({ baseURL, run });
      } finally {
        server.kill('SIGTERM');
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'test' },
  ],
  baseURL: async ({ county }, use) => use(county.baseURL),
  page: async ({ page }, use) => {
    // The page must run under the server's Content-Security-Policy without a refusal.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        refused.push(`${page.url()} ${JSON.stringify(message.location())} ${message.text().slice(0, 60)}`);
    });
    await use(page);
    expect(refused, 'Content-Security-Policy refusals').toEqual([]);
  },
});

export { expect };

/** A button's name as Ant Design shows it: two characters get a space between them. */
export function button(text: string): RegExp {
  return new RegExp(`^${[...text].join('\\s?')}$`);
}

/** Signs in on the sign-in page as a person would. */
export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: button('登录') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // A toast fading out is drawn half transparent for a moment: not what anyone reads.
  const results = await new AxeBuilder({ page }).exclude('.ant-message-fade-leave').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
}

/** Keeps a screenshot of a key page as a test artifact. */
export async function keep(page: Page, name: string) {
  await page.screenshot({
    path: path.join(import.meta.dirname, '../test-results/screens', `${name}.png`),
    fullPage: true,
  });
}
