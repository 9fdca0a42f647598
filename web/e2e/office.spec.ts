import { button, expectAccessible, keep, signIn, test, expect } from './county';

test('office triages a report into a slip; the unit signs and replies; the office verifies and feeds back', async ({
  page,
  browser,
  county,
}) => {
  // The office's workbench: the charts drawn and the to-do list.
  await signIn(page, 'yy.office');
  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByText('待受理的问题线索')).toBeVisible();
  await expect(page.locator('[data-drawn="true"]')).toHaveCount(4);
  await keep(page, 'office-workbench');
  await expectAccessible(page);

  // A report waiting for triage: accepted, then issued to the market regulator.
  await page.getByRole('link', { name: '待受理的问题线索' }).click();
  await expect(page).toHaveURL(/\/reports\?status=SUBMITTED$/);
  await expect(page.getByRole('heading', { level: 1, name: '问题线索', exact: true })).toBeVisible();
  await expectAccessible(page);
  const first = page.getByRole('table').getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const reporterCell = page.getByRole('rowheader', { name: '反映人' }).locator('xpath=following-sibling::td[1]');
  const reporter = ((await reporterCell.textContent()) ?? '').split('，')[0];
  expect(reporter.length, 'the office sees who reported').toBeGreaterThan(1);
  await keep(page, 'office-report');
  await expectAccessible(page);

  await page.getByRole('button', { name: button('受理') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByRole('heading', { name: title }).getByText('已受理')).toBeVisible();

  await page.getByRole('button', { name: '交办责任单位' }).click();
  const issue = page.getByRole('dialog');
  await expect(issue.getByText(/不填写则为 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  // A unit no one would hear from is flagged before the slip goes.
  await issue.getByLabel('责任单位').fill('新墙');
  await issue.getByLabel('责任单位').press('Enter');
  await expect(issue.getByText('新墙镇尚未开设单位账号，也未填写通知邮箱，交办后无人收到通知。')).toBeVisible();
  await keep(page, 'office-issue-unit-unreachable');
  await issue.getByLabel('责任单位').fill('住建');
  await issue.getByLabel('责任单位').press('Enter');
  await expect(issue.getByText(/县住建局无人登录平台，交办通知和催办、督办将发送到其通知邮箱/)).toBeVisible();
  await issue.getByLabel('责任单位').fill('市场监管');
  await issue.getByLabel('责任单位').press('Enter');
  await expect(issue.getByText('县市场监管局').last()).toBeVisible();
  await expect(issue.getByRole('alert')).toHaveCount(0);
  await issue.getByLabel('办理要求').fill('请于时限内核实企业反映的情况，依法依规处理并书面答复。');
  await keep(page, 'office-issue-slip');
  await issue.getByRole('button', { name: '印发交办单' }).click();
  const slipLink = page.getByRole('link', { name: /优交〔\d{4}〕\d+号$/ });
  await expect(slipLink).toBeVisible();
  const number = (await slipLink.textContent()) ?? '';

  const bell = page.getByRole('button', { name: /^消息通知，未读 \d+ 条$/ });
  const unreadBefore = (await bell.getAttribute('aria-label')) ?? '';

  // The unit: signs, replies; it never sees who reported.
  const unitContext = await browser.newContext({ baseURL: county.baseURL });
  const unit = await unitContext.newPage();
  await signIn(unit, 'scjg.handler');
  await expect(unit).toHaveURL(/\/slips$/);
  await unit.getByRole('link', { name: number }).click();
  await expect(unit.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  // Nothing of the report or its reporter reaches the unit.
  await expect(unit.getByText('反映人')).toHaveCount(0);
  await expect(unit.getByText(title)).toHaveCount(0);
  await expect(unit.getByText(reporter)).toHaveCount(0);
  await keep(unit, 'unit-slip');
  await expectAccessible(unit);
  await unit.getByRole('button', { name: button('签收') }).click();
  await unit
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(unit.getByRole('heading', { name: new RegExp(number) }).getByText('已签收')).toBeVisible();
  await unit.getByRole('button', { name: '回复办理结果' }).click();
  const reply = unit.getByRole('dialog');
  await reply.getByLabel('办理结果').fill('已约谈执法大队，检查计划已合并，企业反映的问题已整改。');
  await reply.locator('input[type=file]').setInputFiles({
    name: '整改报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await reply.getByRole('button', { name: button('确定') }).click();
  await expect(unit.getByRole('heading', { name: new RegExp(number) }).getByText('已回复待核实')).toBeVisible();
  await expect(unit.getByRole('link', { name: /整改报告\.pdf/ })).toBeVisible();
  await unitContext.close();

  // The office's bell counts the reply within 30 s, without a reload.
  await expect(bell).not.toHaveAttribute('aria-label', unreadBefore, { timeout: 30_000 });

  // The office verifies the reply and tells the reporter.
  await slipLink.click();
  await expect(page).toHaveURL(/\/slips\//);
  await expect(page.getByText('已约谈执法大队')).toBeVisible();
  await page.getByRole('button', { name: '核实办结' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByRole('heading', { name: new RegExp(number) }).getByText('已核实办结')).toBeVisible();
  await keep(page, 'office-slip-verified');

  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: '反馈反映人' }).click();
  await page.getByRole('dialog').getByLabel('反馈内容').fill('经核实，县市场监管局已合并检查计划，问题已整改。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByRole('heading', { name: title }).getByText('已反馈')).toBeVisible();

  // The printable slip.
  await page.goto(page.url().replace(/\/reports\/.*/, '/slips'));
  await page.getByRole('link', { name: number }).click();
  const printed = page.waitForEvent('popup');
  await page.getByRole('button', { name: '打印交办单' }).click();
  const sheet = await printed;
  await expect(sheet.getByText(number)).toBeVisible();
  await expect(sheet.getByText('县市场监管局：')).toBeVisible();
  await keep(sheet, 'slip-print');
});

test('office merges a report into one it is handling, and refuses another with a reason', async ({ page }) => {
  await signIn(page, 'yy.office');
  await page.goto('/reports?status=SUBMITTED');
  const first = page.getByRole('table').getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await page.getByRole('button', { name: '合并到其他线索' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('合并到').click();
  await dialog.getByLabel('合并到').press('Enter');
  await dialog.getByRole('button', { name: button('确定') }).click();
  await expect(page.getByRole('heading', { name: title }).getByText('已合并')).toBeVisible();
  await expect(page.getByText('合并', { exact: true }).last()).toBeVisible();

  await page.goto('/reports?status=SUBMITTED');
  const second = page.getByRole('table').getByRole('link').first();
  await second.click();
  await page.getByRole('button', { name: '不予受理' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByRole('dialog').getByText('请填写理由')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByLabel(/不予受理的理由/)
    .fill('属于司法程序中的个案，不在营商环境监督范围内。');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(page.getByText('属于司法程序中的个案').first()).toBeVisible();
  await expect(page.getByText('不予受理', { exact: true }).first()).toBeVisible();
});
