import { button, expectAccessible, keep, signIn, test, expect } from './county';

test('a reviewer unit passes a monitoring point’s initial review to the office', async ({ page }) => {
  await signIn(page, 'gxj.reviewer');
  await expect(page).toHaveURL(/\/nominations$/);
  const initial = page.getByRole('region', { name: '初审' });
  const first = initial.locator('.ant-card', { hasText: '待我办理' }).first();
  await expect(first).toBeVisible();
  const name = (await first.getByRole('button').first().textContent()) ?? '';
  await keep(page, 'reviewer-queue');
  await expectAccessible(page);

  await first.click();
  const drawer = page.getByRole('dialog', { name: new RegExp(name) });
  await expect(drawer.getByText('初审中')).toBeVisible();
  await expect(drawer.getByRole('link', { name: /营业执照及推荐材料\.pdf/ })).toBeVisible();
  await expect(drawer.getByText('✓ 统一社会信用代码有效')).toBeVisible();
  await keep(page, 'reviewer-nomination');
  await drawer.getByRole('button', { name: button('通过') }).click();
  const dialog = page.getByRole('dialog', { name: button('通过') });
  await dialog.getByLabel('审核意见').fill('材料齐全，符合监测点设立条件。');
  await dialog.getByRole('button', { name: button('确定') }).click();
  await expect(page.getByText('审核意见已提交')).toBeVisible();
  await expect(drawer.getByText('待县优化办复审')).toBeVisible();
  await expect(drawer.getByRole('button', { name: button('通过') })).toHaveCount(0);
});

test('the leading group approves a nomination and sees the dashboard without the office’s to-do', async ({ page }) => {
  await signIn(page, 'yy.lg');
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.locator('[data-drawn="true"]')).toHaveCount(4);
  await expect(page.getByText('待办事项')).toHaveCount(0);
  await keep(page, 'leading-group-dashboard');
  await expectAccessible(page);

  await page.getByRole('menuitem', { name: /选聘管理/ }).click();
  await expect(page.getByText(/监督员名额已用|监督员名额/).first()).toBeVisible();
  const final = page.getByRole('region', { name: '审定' }).locator('.ant-card', { hasText: '待我办理' }).first();
  await expect(final).toBeVisible();
  await keep(page, 'leading-group-approvals');
  await expectAccessible(page);
  await final.click();
  await page.getByRole('dialog').getByRole('button', { name: '通过（审定）' }).click();
  const dialog = page.getByRole('dialog', { name: '通过（审定）' });
  await dialog.getByLabel('审核意见').fill('同意。');
  await dialog.getByRole('button', { name: button('确定') }).click();
  await expect(page.getByText('审核意见已提交')).toBeVisible();
  await page.keyboard.press('Escape');

  // The conclusion report, read here and downloaded with the session cookie.
  await page.getByRole('menuitem', { name: /季度总结/ }).click();
  await expect(page.getByText('责任单位办理情况')).toBeVisible();
  await keep(page, 'leading-group-conclusion');
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /单位情况 CSV/ }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toContain('县市场监管局');
});
