import type { Browser, Page } from '@playwright/test';
import { button, expectAccessible, keep, signIn, test, expect } from './county';

const TITLE = '2026年第四季度涉企服务满意度测评';

async function rateOnPhone(
  browser: Browser,
  baseURL: string,
  username: string,
  levels: Record<string, string>,
  comment: string,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();
  await signIn(phone, username);
  await phone.goto('/me/surveys');
  const survey = phone.getByRole('region', { name: TITLE });
  await expect(survey.getByRole('group')).toHaveCount(2);
  for (const [unit, level] of Object.entries(levels)) {
    await survey.getByRole('group', { name: unit }).getByRole('radio', { name: level, exact: true }).check();
  }
  await survey.getByRole('group', { name: '县税务局' }).getByRole('textbox').fill(comment);
  await survey.getByRole('button', { name: '提交评价' }).tap();
  await expect(survey.getByText(/已提交 2 个单位的评价/)).toBeVisible();
  await context.close();
}

async function results(page: Page) {
  await page.reload();
  await page.getByRole('button', { name: TITLE }).click();
  return page.getByRole('dialog', { name: `${TITLE}：结果` });
}

test('a survey from opening to results: the office opens it, members rate on their phones, the results hide what fewer than three gave', async ({
  page,
  browser,
  county,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /满意度测评/ }).click();
  await page.getByRole('button', { name: '发起测评' }).click();
  const form = page.getByRole('dialog', { name: '发起测评' });
  await form.getByLabel('名称').fill(TITLE);
  await form.getByLabel('测评期间').fill('2026年第四季度');
  for (const unit of ['县税务局', '县市场监管局']) {
    await form.getByLabel('测评单位').fill(unit);
    await form.getByLabel('测评单位').press('Enter');
  }
  await form.getByLabel('测评期间').click(); // closes the units' list
  await form.getByLabel('截止日期').click();
  await page.getByText('今天', { exact: true }).click();
  await form.getByRole('button', { name: button('确定') }).click();
  await expect(page.getByText('测评已发起，监督员、监测点将收到通知')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('进行中');
  await keep(page, 'office-surveys');
  await expectAccessible(page);

  await rateOnPhone(
    browser,
    county.baseURL,
    'sup01',
    { 县税务局: '非常满意', 县市场监管局: '满意' },
    '窗口办事效率有提高。',
  );
  await rateOnPhone(
    browser,
    county.baseURL,
    'sup02',
    { 县税务局: '满意', 县市场监管局: '基本满意' },
    '个别窗口仍未一次性告知所需材料。',
  );

  // Two responses: only the count.
  let shown = await results(page);
  await expect(shown.getByText(/回复不足 3 份的单位只显示回复份数/)).toBeVisible();
  await expect(shown.getByRole('row', { name: /县税务局/ })).toContainText('2');
  await expect(shown.getByRole('row', { name: /县税务局/ })).not.toContainText('%');
  await expect(shown.getByRole('img', { name: /得分/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await rateOnPhone(
    browser,
    county.baseURL,
    'sup03',
    { 县税务局: '不满意', 县市场监管局: '非常满意' },
    '办税高峰期等候时间较长。',
  );

  // Three: the score (100/75/50/25/0 points a level) and 满意率 per unit, drawn and written.
  shown = await results(page);
  await expect(shown.locator('[data-drawn="true"]')).toHaveCount(1);
  const tax = shown.getByRole('row', { name: /县税务局/ });
  // 税务: 100, 75, 25 → 66.7, two of three satisfied; 市场监管: 75, 50, 100 → 75.0, all three.
  await expect(tax).toContainText('66.7');
  await expect(tax).toContainText('66.7%');
  await expect(shown.getByRole('row', { name: /县市场监管局/ })).toContainText('75.0');
  await expect(shown.getByRole('row', { name: /县市场监管局/ })).toContainText('100.0%');
  await tax.getByRole('button', { name: /展开/ }).click();
  await expect(shown.getByText('个别窗口仍未一次性告知所需材料。')).toBeVisible();
  await keep(page, 'office-survey-results');
  await expectAccessible(page);
});
