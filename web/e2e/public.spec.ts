import { button, expectAccessible, keep, test, expect } from './county';

// Most of the public opens these pages on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PDF = {
  name: '监督员推荐表.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'),
};

test('the public reads a county’s published lists and nominates itself; the receipt code tells the stage', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '营商环境监测点、监督员公开信息与自荐' }).tap();
  // One county runs the programme: its page opens at once.
  await expect(page).toHaveURL(/\/public\/430621$/);
  await expect(page.getByRole('heading', { name: '岳阳县营商环境监测点、监督员' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /营商环境监督员（\d+ 名）/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /营商环境监测点（\d+ 个）/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await keep(page, 'public-county');
  await expectAccessible(page);

  await page.getByRole('link', { name: '我要自荐' }).tap();
  await expect(page.getByRole('heading', { name: '岳阳县营商环境监测点、监督员自荐' })).toBeVisible();
  await expect(page.getByText(/年龄不超过 60 周岁/)).toBeVisible();
  await page.getByLabel('类别').selectOption({ label: '企业代表' });
  await page.getByLabel('姓名').fill('周海燕');
  // A mistyped ID number is caught as it is typed.
  await page.getByLabel('身份证号码').fill('430621197805122038');
  await expect(page.getByText('身份证号码校验不通过，请核对。')).toBeVisible();
  await page.getByLabel('身份证号码').fill('430621197805122037');
  await expect(page.getByText('身份证号码校验不通过，请核对。')).toBeHidden();
  await page.getByLabel('工作单位').fill('岳阳县荣家湾镇海燕农产品加工厂');
  await page.getByLabel('职务').fill('厂长');
  await page.getByLabel('联系电话').fill('13907301234');
  // The declarations are required, each one.
  await page.getByRole('button', { name: '提交自荐' }).tap();
  await expect(page.getByRole('alert')).toHaveText('请逐项确认承诺。');
  for (const declaration of ['未受到党纪、政务处分', '未受到刑事处罚', '未纳入失信人黑名单']) {
    await page.getByLabel(`本人（本单位）承诺：${declaration}`).check();
  }
  await page.getByLabel(/推荐表、身份证明等材料/).setInputFiles(PDF);
  await expect(page.getByText('已选 1 个文件')).toBeVisible();
  await keep(page, 'public-nominate');
  await expectAccessible(page);
  await page.getByRole('button', { name: '提交自荐' }).tap();

  const receipt = page.getByLabel('回执码');
  await expect(receipt).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('回执码只显示这一次');
  const code = (await receipt.textContent())!.trim();
  expect(code.length).toBeGreaterThan(16);
  await keep(page, 'public-receipt');
  await expectAccessible(page);

  await page.getByRole('link', { name: '查询审核进度' }).tap();
  // The field of the status page, not the receipt still shown while it opens.
  await expect(page.getByRole('textbox', { name: '回执码' })).toHaveValue(code);
  await page.getByRole('button', { name: button('查询') }).tap();
  await expect(page.getByRole('region', { name: '审核进度' })).toContainText('待县优化办审核');
  await keep(page, 'public-status');
  await expectAccessible(page);

  // A code that was never given finds nothing, and says so.
  await page.getByLabel('回执码').fill('not-a-receipt-code');
  await page.getByRole('button', { name: button('查询') }).tap();
  await expect(page.getByRole('alert')).toHaveText('没有找到该回执码对应的自荐，请核对回执码。');
});
