import { button, expectAccessible, keep, signIn, test, expect } from './county';

test('the commission concludes an overdue slip the escalation referred', async ({ page }) => {
  await signIn(page, 'jw.discipline');
  await expect(page).toHaveURL(/\/referrals$/);
  const card = page.locator('.ant-card').filter({ hasText: '交办单逾期未办结，自动移送' }).first();
  await expect(card.getByText('待受理')).toBeVisible();
  await expect(card.getByText(/逾期未办结。承办单位：/)).toBeVisible();
  await keep(page, 'commission-queue');
  await expectAccessible(page);

  await card.getByRole('button', { name: button('受理') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('已受理（初核）')).toBeVisible();
  await card.getByRole('button', { name: button('立案调查') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('立案调查中')).toBeVisible();
  await card.getByRole('button', { name: button('办结') }).click();
  await page
    .getByRole('dialog')
    .getByLabel('办理结果')
    .fill('经核查，对责任单位分管负责人进行诫勉谈话，并督促限期办结。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('已办结')).toBeVisible();
  await expect(card.getByText('经核查，对责任单位分管负责人进行诫勉谈话')).toBeVisible();

  // The office hears of it and reads the outcome on the slip.
  await signIn(page, 'yy.office');
  await page.goto('/notifications');
  const told = page.getByText(/纪委监委已办结移送线索：交办单 .+ 逾期未办结/);
  await expect(told).toBeVisible();
  await told.click();
  await expect(page).toHaveURL(/\/referrals$/);
  await expect(page.getByText('经核查，对责任单位分管负责人进行诫勉谈话，并督促限期办结。')).toBeVisible();
  await keep(page, 'office-referral-outcome');
});

test('a report the office refers: the commission learns who reported only with the office’s consent', async ({
  page,
  browser,
  county,
}) => {
  // The office refers an accepted report.
  await signIn(page, 'yy.office');
  await page.goto('/reports?status=ACCEPTED');
  const first = page.getByRole('table').getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await page.getByRole('button', { name: '移送纪委监委' }).click();
  await page.getByRole('dialog').getByLabel('移送事由').fill('反映事项涉及公职人员作风问题，移送纪委监委核查。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByText('已移送纪委监委')).toBeVisible();

  // The commission accepts it and asks to know who reported.
  const commissionContext = await browser.newContext({ baseURL: county.baseURL });
  const commission = await commissionContext.newPage();
  await signIn(commission, 'jw.discipline');
  const card = commission.locator('.ant-card').filter({ hasText: title });
  await expect(card.getByText('身份保密（经县优化办同意后可查看）')).toBeVisible();
  await card.getByRole('button', { name: button('受理') }).click();
  await commission
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('已受理')).toBeVisible();
  await card.getByRole('button', { name: '申请查看反映人身份' }).click();
  await commission.getByRole('dialog').getByLabel('申请理由').fill('核查相关责任人员时需向反映人了解情况。');
  await commission
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('待县优化办审批')).toBeVisible();
  await expect(card.getByText('身份保密（经县优化办同意后可查看）')).toBeVisible();

  // The office finds the request on its to-do and consents.
  await page.getByRole('menuitem', { name: /工作台/ }).click();
  await page.getByRole('link', { name: '待审批的身份披露申请' }).click();
  await expect(page).toHaveURL(/\/referrals\?unmasking=1$/);
  await expect(page.locator('.ant-card')).toHaveCount(1);
  const asked = page.locator('.ant-card').filter({ hasText: title });
  await expect(asked.getByText('核查相关责任人员时需向反映人了解情况。')).toBeVisible();
  await keep(page, 'office-unmasking-request');
  await asked.getByRole('button', { name: button('同意') }).click();
  // Decided, it leaves the office's to-do and stays in the queue.
  await expect(page.getByText('暂无移送线索')).toBeVisible();
  await page.goto('/referrals');
  await expect(asked.getByText('已同意')).toBeVisible();

  // Now, and only now, the commission sees the reporter; then concludes.
  await commission.reload();
  await expect(card.getByText('已同意')).toBeVisible();
  await expect(card.getByText('身份保密（经县优化办同意后可查看）')).toHaveCount(0);
  await expect(card.getByRole('cell', { name: /，/ }).last()).toBeVisible();
  await keep(commission, 'commission-reporter-unmasked');
  await card.getByRole('button', { name: button('办结') }).click();
  await commission.getByRole('dialog').getByLabel('办理结果').fill('已向反映人核实情况，相关人员已作出检查。');
  await commission
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(card.getByText('已办结')).toBeVisible();
  await commissionContext.close();
});
