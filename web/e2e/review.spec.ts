import { button, expectAccessible, keep, signIn, test, expect } from './county';

test('a reviewer unit passes a monitoring point’s initial review to the office', async ({ page }) => {
  await signIn(page, 'gxj.reviewer');
  await expect(page).toHaveURL(/\/nominations$/);
  const waiting = page.locator('.ant-card-head-title', { hasText: /待我审核（[1-9]\d*）/ });
  await expect(waiting).toBeVisible();
  const first = page.locator('.ant-card-type-inner').first();
  await expect(first.getByText('初审中')).toBeVisible();
  const name = (await first.locator('.ant-card-head-title .ant-space-item').first().textContent()) ?? '';
  await keep(page, 'reviewer-queue');
  await expectAccessible(page);

  await first.getByRole('button', { name: button('通过') }).click();
  await page.getByRole('dialog').getByLabel('审核意见').fill('材料齐全，符合监测点设立条件。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByText('审核意见已提交')).toBeVisible();
  await expect(
    page.locator('.ant-card-type-inner', { hasText: name }).getByRole('button', { name: button('通过') }),
  ).toHaveCount(0);
});

test('the leading group approves a nomination and sees the dashboard without the office’s to-do', async ({ page }) => {
  await signIn(page, 'yy.lg');
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.locator('[data-drawn="true"]')).toHaveCount(4);
  await expect(page.getByText('待办事项')).toHaveCount(0);
  await keep(page, 'leading-group-dashboard');
  await expectAccessible(page);

  await page.getByRole('menuitem', { name: /推荐审核/ }).click();
  const final = page.locator('.ant-card-type-inner', { hasText: '待领导小组审定' }).first();
  await expect(final).toBeVisible();
  await keep(page, 'leading-group-approvals');
  await expectAccessible(page);
  await final.getByRole('button', { name: '通过（审定）' }).click();
  await page.getByRole('dialog').getByLabel('审核意见').fill('同意。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByText('审核意见已提交')).toBeVisible();

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
