import { button, expectAccessible, keep, signIn, test, expect } from './county';

test('a unit answers a supervisor’s inquiry without learning who asked', async ({ page }) => {
  await signIn(page, 'scjg.handler');
  await expect(page.getByRole('menuitem', { name: /问题线索/ })).toHaveCount(0);
  await page.getByRole('menuitem', { name: /质询与查阅/ }).click();
  const inquiry = page.locator('.ant-card', { hasText: '涉企检查计划' });
  await expect(inquiry).toBeVisible();
  await expect(page.locator('.ant-card', { hasText: '调阅检查记录' })).toBeVisible();
  await expect(page.getByText('提出人')).toHaveCount(0);
  await keep(page, 'unit-inquiries');
  await expectAccessible(page);

  await inquiry.getByRole('button', { name: button('答复') }).click();
  await page
    .getByRole('dialog')
    .getByLabel('答复内容')
    .fill('本季度检查均为投诉举报核查，已纳入“双随机、一公开”统筹，今后同一企业每季度原则上不超过一次。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.locator('.ant-card', { hasText: '涉企检查计划' })).toHaveCount(0);
  await page.locator('.ant-segmented').getByText('已答复').click();
  await expect(page.locator('.ant-card', { hasText: '涉企检查计划' }).getByText(/今后同一企业每季度/)).toBeVisible();
});

test('a lapsed session returns to the sign-in page and, signed in again, to the page', async ({ page, context }) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /交办单/ }).click();
  await expect(page).toHaveURL(/\/slips$/);
  await page.waitForLoadState('networkidle');
  // The server no longer knows the session (as after 30 idle minutes): the cookie is gone,
  // and the next page's request is refused.
  await context.clearCookies();
  await page.evaluate(() => {
    // The person opens a page of the app not yet seen, as the menu does (no reload).
    window.history.pushState({}, '', '/calendar');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page).toHaveURL(/\/login\?reason=expired&next=%2Fcalendar$/);
  const back = decodeURIComponent(new URL(page.url()).searchParams.get('next') ?? '');
  await expect(page.getByText(/登录已超时/)).toBeVisible();
  await keep(page, 'sign-in-expired');
  await expectAccessible(page);
  await page.getByLabel('用户名').fill('yy.office');
  await page.getByLabel('密码').fill('wrong-password-1');
  await page.getByRole('button', { name: button('登录') }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。');
  await page.getByLabel('密码').fill('Watchpost-demo-1');
  await page.getByRole('button', { name: button('登录') }).click();
  await expect(page).toHaveURL(new RegExp(`${back}$`));
});
