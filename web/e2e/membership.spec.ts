import type { Page } from '@playwright/test';
import { button, expectAccessible, keep, signIn, test, expect } from './county';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PDF = { name: '自荐表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n') };
const NAME = '周海燕';

async function confirm(page: Page, title: RegExp | string) {
  await page
    .getByRole('dialog', { name: title })
    .getByRole('button', { name: button('确定') })
    .click();
}

test('an anonymous self-nomination goes through every stage to a printed certificate', async ({ browser, county }) => {
  // The nominee, on a phone, with no account.
  const nomineeContext = await browser.newContext({ baseURL: county.baseURL, ...PHONE });
  const nominee = await nomineeContext.newPage();
  await nominee.goto('/public/430621/nominate');
  await nominee.getByLabel('类别').selectOption({ label: '企业代表' });
  await nominee.getByLabel('姓名').fill(NAME);
  await nominee.getByLabel('身份证号码').fill('430621197805122037');
  await nominee.getByLabel('工作单位').fill('岳阳县荣家湾镇海燕农产品加工厂');
  await nominee.getByLabel('联系电话').fill('13907301234');
  await nominee.getByLabel('电子邮箱').fill('zhouhy@example.cn');
  for (const declaration of ['未受到党纪、政务处分', '未受到刑事处罚', '未纳入失信人黑名单']) {
    await nominee.getByLabel(`本人（本单位）承诺：${declaration}`).check();
  }
  await nominee.getByLabel(/推荐表、身份证明等材料/).setInputFiles(PDF);
  await nominee.getByRole('button', { name: '提交自荐' }).tap();
  const receipt = ((await nominee.getByLabel('回执码').textContent()) ?? '').trim();
  expect(receipt).not.toBe('');

  // The office checks the conditions and the documents and passes it on.
  const officeContext = await browser.newContext({ baseURL: county.baseURL });
  const office = await officeContext.newPage();
  await signIn(office, 'yy.office');
  await office.getByRole('menuitem', { name: /选聘管理/ }).click();
  await office.getByRole('region', { name: '提名' }).getByRole('button', { name: NAME }).click();
  const drawer = office.getByRole('dialog', { name: new RegExp(NAME) });
  await expect(drawer.getByText('自荐', { exact: true })).toBeVisible();
  await expect(drawer.getByText('430621********2037')).toBeVisible();
  for (const condition of ['✓ 身份证号码有效', '✓ 年龄不超过 60 周岁', '✓ 承诺事项齐全']) {
    await expect(drawer.getByText(condition)).toBeVisible();
  }
  await expect(drawer.getByRole('link', { name: /自荐表\.pdf/ })).toBeVisible();
  await keep(office, 'office-nomination');
  await expectAccessible(office);
  await drawer.getByRole('button', { name: button('通过') }).click();
  await office
    .getByRole('dialog', { name: button('通过') })
    .getByLabel('审核意见')
    .fill('材料齐全，符合选聘条件。');
  await confirm(office, button('通过'));
  await expect(drawer.getByText('待领导小组审定')).toBeVisible();
  await office.keyboard.press('Escape');

  // The leading group decides; the county's places are full, so it overrides with a reason.
  const leadingContext = await browser.newContext({ baseURL: county.baseURL });
  const leading = await leadingContext.newPage();
  await signIn(leading, 'yy.lg');
  await leading.getByRole('menuitem', { name: /选聘管理/ }).click();
  await leading.getByRole('region', { name: '审定' }).getByRole('button', { name: NAME }).click();
  const decide = leading.getByRole('dialog', { name: new RegExp(NAME) });
  await decide.getByRole('button', { name: '通过（审定）' }).click();
  await expect(leading.getByText('已用 8 / 10')).toBeVisible();
  const approve = leading.getByRole('dialog', { name: '通过（审定）' });
  await expect(approve.getByLabel('超出名额，经领导小组研究同意')).not.toBeChecked();
  await approve.getByLabel('审核意见').fill('同意选聘。');
  await confirm(leading, '通过（审定）');
  await expect(leading.getByText('审核意见已提交')).toBeVisible();
  await expect(decide.getByText('已审定')).toBeVisible();
  await expect(leading.getByText('已用 9 / 10')).toBeVisible();

  // The office records the training and issues the certificate.
  await office.reload();
  await expect(office.getByRole('region', { name: '培训' }).getByRole('button', { name: NAME })).toBeVisible();
  await office.getByRole('button', { name: '登记培训' }).click();
  const training = office.getByRole('dialog', { name: '登记培训' });
  await training.getByLabel('培训名称').fill('2026 年度营商环境监督员岗前培训');
  await training.getByLabel('培训日期').click();
  await office.getByText('今天', { exact: true }).click();
  await training.getByLabel('培训地点').fill('县政务服务中心三楼会议室');
  await expect(training.getByLabel(NAME)).toBeChecked();
  await confirm(office, '登记培训');
  await expect(office.getByText('培训已登记')).toBeVisible();
  await expect(office.getByRole('row', { name: /2026 年度营商环境监督员岗前培训/ })).toContainText(NAME);

  await office.getByRole('region', { name: '发证 / 授牌' }).getByRole('button', { name: NAME }).click();
  await drawer.getByRole('button', { name: '颁发监督员证' }).click();
  const issue = office.getByRole('dialog', { name: '颁发监督员证' });
  await issue.getByLabel('证书编号').fill('岳县监督证〔2026〕21号');
  await issue.getByLabel('用户名').fill('zhouhy');
  await expect(issue.getByLabel('姓名')).toHaveValue(NAME);
  await confirm(office, '颁发监督员证');
  const issued = office.getByRole('dialog', { name: '监督员证已颁发' });
  await expect(issued.getByText('zhouhy')).toBeVisible();
  await expect(issued.getByText(/初始密码（只显示这一次/)).toBeVisible();
  await keep(office, 'office-certificate-issued');

  const printing = office.waitForEvent('popup');
  await issued.getByRole('link', { name: '打印监督员证' }).click();
  const print = await printing;
  const certificate = print.getByRole('region', { name: '营商环境监督员证' });
  await expect(certificate.getByText(NAME)).toBeVisible();
  await expect(certificate.getByText('岳县监督证〔2026〕21号')).toBeVisible();
  await expect(certificate.getByText('岳阳县优化营商环境工作领导小组办公室')).toBeVisible();
  await print.emulateMedia({ media: 'print' });
  await expect(print.getByRole('button', { name: button('打印') })).toBeHidden();
  await keep(print, 'office-certificate-print');

  // The nominee's receipt code now says they serve.
  await nominee.goto(`/public/status?code=${encodeURIComponent(receipt)}`);
  await nominee.getByRole('button', { name: button('查询') }).tap();
  await expect(nominee.getByRole('region', { name: '审核进度' })).toContainText('在聘');
});

test('the office reads a member’s profile, reveals the full ID number with an audit, sanctions and ends a membership', async ({
  page,
  browser,
  county,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /成员名册/ }).click();
  await expect(page.getByRole('tab', { name: '监督员' })).toHaveAttribute('aria-selected', 'true');
  const roster = page.getByRole('tabpanel', { name: '监督员' });
  await expect(roster.getByRole('row', { name: /李建华/ })).toContainText(/\d{3}\*{4}\d{4}/);
  await keep(page, 'office-members');
  await expectAccessible(page);

  await roster.getByRole('button', { name: '李建华' }).click();
  const profile = page.getByRole('dialog', { name: '成员档案' });
  await expect(profile.getByText(/^430621\*{8}\d{3}[\dX]$/)).toBeVisible();
  await profile.getByRole('button', { name: '查看完整身份证号和电话' }).click();
  await expect(profile.getByRole('status')).toHaveText('已显示完整信息，本次查看已记入审计日志。');
  await expect(profile.getByText(/^430621\d{11}[\dX]$/)).toBeVisible();
  await expect(profile.getByRole('button', { name: '查看完整身份证号和电话' })).toHaveCount(0);
  await keep(page, 'office-member-profile');
  await expectAccessible(page);

  await profile.getByRole('button', { name: button('处理') }).click();
  const sanction = page.getByRole('dialog', { name: button('处理') });
  await sanction.getByLabel('处理方式').click();
  await page.getByTitle('批评教育').click();
  await sanction.getByLabel('事由').fill('2026年11月监督检查时未出示监督员证，经提醒后改正。');
  await confirm(page, button('处理'));
  await expect(page.getByText('处理决定已记录')).toBeVisible();

  await profile.getByRole('button', { name: '决定退出' }).click();
  const exit = page.getByRole('dialog', { name: '决定退出' });
  await confirm(page, '决定退出');
  await expect(exit.getByText('请选择退出原因')).toBeVisible();
  await exit.getByLabel('退出原因').click();
  await page.getByTitle('本人申请退出').click();
  await exit.getByLabel('事实和依据').fill('本人因工作调动书面申请退出。');
  await confirm(page, '决定退出');
  await expect(page.getByText('已作退出处理，其账号随即停用')).toBeVisible();
  await expect(profile.getByText('已撤回')).toBeVisible();
  await expect(profile.getByText(/，已停用/)).toBeVisible();

  // The leading group reads the roster but reveals nothing and decides nothing here.
  const leadingContext = await browser.newContext({ baseURL: county.baseURL });
  const leading = await leadingContext.newPage();
  await signIn(leading, 'yy.lg');
  await leading.getByRole('menuitem', { name: /成员名册/ }).click();
  await leading.getByRole('tabpanel', { name: '监督员' }).getByRole('button', { name: '张伟' }).click();
  const seen = leading.getByRole('dialog', { name: '成员档案' });
  await expect(seen.getByText(/^430621\*{8}\d{3}[\dX]$/)).toBeVisible();
  await expect(seen.getByRole('button', { name: '查看完整身份证号和电话' })).toHaveCount(0);
  await expect(seen.getByRole('button', { name: '决定退出' })).toHaveCount(0);
});

test('the office awards an approved monitoring point its plaque with its liaison’s account and prints it', async ({
  page,
}) => {
  await signIn(page, 'yy.office');
  await page.goto('/nominations');
  const appoint = page.getByRole('region', { name: '发证 / 授牌' });
  await appoint.getByRole('button', { name: /岳阳县个体劳动者协会/ }).click();
  const drawer = page.getByRole('dialog', { name: /岳阳县个体劳动者协会/ });
  await drawer.getByRole('button', { name: '授予监测点牌匾' }).click();
  const award = page.getByRole('dialog', { name: '授予监测点牌匾' });
  await award.getByLabel('牌匾编号').fill('岳县监测点〔2026〕16号');
  await award.getByLabel('用户名').fill('gtxh.liaison');
  await confirm(page, '授予监测点牌匾');
  await expect(award.getByText('请填写联络员姓名')).toBeVisible();
  await award.getByLabel('联络员姓名').fill('彭丽');
  await confirm(page, '授予监测点牌匾');
  const awarded = page.getByRole('dialog', { name: '监测点牌匾已授予' });
  await expect(awarded.getByText('gtxh.liaison')).toBeVisible();
  await expect(awarded.getByText(/初始密码（只显示这一次/)).toBeVisible();
  const printing = page.waitForEvent('popup');
  await awarded.getByRole('link', { name: '打印监测点牌匾' }).click();
  const plaque = (await printing).getByRole('region', { name: '营商环境监测点' });
  await expect(plaque.getByText('岳县监测点〔2026〕16号')).toBeVisible();
  await expect(plaque.getByText(/岳阳县个体劳动者协会/)).toBeVisible();
});
