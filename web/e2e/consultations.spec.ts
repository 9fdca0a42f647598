import { button, expectAccessible, keep, signIn, test, expect } from './county';

const TITLE = '关于《岳阳县优化涉企审批服务十条措施（征求意见稿）》征求意见';
const DRAFT = {
  name: '十条措施（征求意见稿）.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n'),
};

test('a consultation: the office puts a draft to a supervisor, the opinion comes from a phone, the office answers it with its reason', async ({
  page,
  browser,
  county,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /征求意见/ }).click();
  await page.getByRole('button', { name: '发起征求意见' }).click();
  const form = page.getByRole('dialog', { name: '发起征求意见' });
  await form.getByLabel('标题').fill(TITLE);
  await form.getByLabel('征求意见稿内容').fill('一、企业开办一日办结；\n二、工程建设项目审批压缩至 60 个工作日以内。');
  await form.getByLabel('截止日期').click();
  await page.getByText('今天', { exact: true }).click();
  await form.getByLabel('征求对象').fill('李建华');
  await form.getByLabel('征求对象').press('Enter');
  await form.getByLabel('标题').click(); // closes the invitees' list
  await form.locator('input[type="file"]').setInputFiles(DRAFT);
  await form.getByRole('button', { name: button('确定') }).click();
  const shown = page.getByRole('dialog', { name: '征求意见' });
  await expect(shown.getByRole('heading', { name: new RegExp('十条措施') })).toContainText('征求中');
  await expect(shown.getByRole('link', { name: /十条措施（征求意见稿）\.pdf/ })).toBeVisible();
  await expect(shown.getByText('尚无意见')).toBeVisible();
  await page.keyboard.press('Escape');

  // The supervisor, on the phone.
  const phoneContext = await browser.newContext({
    baseURL: county.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, 'sup01');
  await phone.goto('/me/consultations');
  const draft = phone.getByRole('region', { name: /十条措施/ });
  await draft.getByLabel('我的意见').fill('建议第二条明确并联审批的牵头部门。');
  await draft.getByRole('button', { name: '提交意见' }).tap();
  await expect(draft.getByText('意见已提交')).toBeVisible();

  // The office answers: a partial adoption needs its reason.
  await page.reload();
  await page.getByRole('button', { name: TITLE }).click();
  const opinions = shown.getByRole('region', { name: '意见' });
  await expect(opinions.getByText('建议第二条明确并联审批的牵头部门。')).toBeVisible();
  await expect(opinions.getByText(/^李建华，/)).toBeVisible();
  await opinions.getByRole('button', { name: button('答复') }).click();
  const answer = page.getByRole('dialog', { name: button('答复') });
  // Again if a click lands while the dialog is still opening and its form is set up.
  await expect(async () => {
    await answer.locator('label', { hasText: /^部分采纳$/ }).click();
    await expect(answer.getByRole('radio', { name: '部分采纳' })).toBeChecked({ timeout: 1000 });
  }).toPass();
  await answer.getByRole('button', { name: button('确定') }).click();
  await expect(answer.getByText('未完全采纳的，请说明理由。')).toBeVisible();
  await answer.getByLabel(/说明/).fill('牵头部门将在配套细则中明确，本措施不作列举。');
  // Not anchored: while the first answer is still settling the button is named "loading 确 定".
  await answer.getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.getByText('已答复，监督员将收到通知')).toBeVisible();
  await expect(opinions.getByText('部分采纳')).toBeVisible();
  await expect(opinions.getByText('牵头部门将在配套细则中明确，本措施不作列举。')).toBeVisible();
  await keep(page, 'office-consultation');
  await expectAccessible(page);

  await phone.reload();
  await expect(phone.getByRole('region', { name: /十条措施/ })).toContainText('牵头部门将在配套细则中明确');
});
