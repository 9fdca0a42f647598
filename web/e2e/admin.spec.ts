import type { Page } from '@playwright/test';
import { button, expectAccessible, keep, signIn, test, expect } from './county';

async function confirm(page: Page, title: RegExp | string) {
  await page
    .getByRole('dialog', { name: title })
    .getByRole('button', { name: button('确定') })
    .click();
}

test('the office keeps its units and accounts, a new account’s password shown once, and reads and checks the audit trail', async ({
  page,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /账号与单位/ }).click();

  // A unit, then where its notices go.
  await page.getByRole('tab', { name: '单位' }).click();
  const units = page.getByRole('tabpanel', { name: '单位' });
  await units.getByRole('button', { name: '新建单位' }).click();
  const unit = page.getByRole('dialog', { name: '新建单位' });
  await unit.getByLabel('单位名称').fill('县医疗保障局');
  await unit.getByLabel('类型').click();
  await page.getByTitle('县直部门').click();
  await confirm(page, '新建单位');
  const row = units.getByRole('row', { name: /县医疗保障局/ });
  await expect(row).toContainText('无经办人账号和通知邮箱，通知无法送达');
  await row.getByRole('button', { name: button('修改') }).click();
  const edit = page.getByRole('dialog', { name: button('修改') });
  await edit.getByLabel('通知邮箱').fill('not-an-address');
  await confirm(page, button('修改'));
  await expect(edit.getByText('邮箱格式有误')).toBeVisible();
  await edit.getByLabel('通知邮箱').fill('ybj@example.cn');
  await confirm(page, button('修改'));
  await expect(row).toContainText('ybj@example.cn');
  await expect(row).toContainText('通知邮箱（无经办人账号）');
  await expect(edit).toBeHidden();
  await keep(page, 'office-units');
  await expectAccessible(page);

  // An account for its handler: the one-time password, then deactivated.
  await page.getByRole('tab', { name: '账号' }).click();
  const accounts = page.getByRole('tabpanel', { name: '账号' });
  await accounts.getByRole('button', { name: '新建账号' }).click();
  const account = page.getByRole('dialog', { name: '新建账号' });
  await account.getByLabel('用户名').fill('ybj.handler');
  await account.getByLabel('姓名').fill('刘敏');
  await account.getByLabel('角色').click();
  await page.getByTitle('责任单位').click();
  await account.getByLabel('所属单位').fill('医疗保障');
  await account.getByLabel('所属单位').press('Enter');
  await account.getByLabel('电子邮箱（接收通知）').fill('liumin@example.cn');
  await confirm(page, '新建账号');
  const issued = page.getByRole('dialog', { name: '账号已开设' });
  await expect(issued.getByText('ybj.handler')).toBeVisible();
  await expect(issued.getByText(/初始密码（只显示这一次/)).toBeVisible();
  await keep(page, 'office-account-created');
  await issued.getByRole('button', { name: /知道了/ }).click();
  const handler = accounts.getByRole('row', { name: /ybj\.handler/ });
  await expect(handler).toContainText('县医疗保障局');
  await handler.getByRole('button', { name: button('停用') }).click();
  await confirm(page, button('停用'));
  await expect(handler).toContainText('已停用');
  await keep(page, 'office-accounts');
  await expectAccessible(page);

  // The audit trail: the account's creation, found by its action; the chain checked.
  await page.getByRole('menuitem', { name: /审计日志/ }).click();
  await page.getByRole('button', { name: '立即核验' }).click();
  await expect(page.getByText(/核验通过：\d+ 条记录的哈希链完整。/)).toBeVisible();
  await page.getByLabel('操作', { exact: true }).fill('开设账号');
  await page.getByLabel('操作', { exact: true }).press('Enter');
  await page.getByRole('button', { name: button('查询') }).click();
  const created = page.getByRole('row', { name: /开设账号/ }).first();
  await expect(created).toContainText('yy.office');
  await created.getByRole('button', { name: /展开/ }).click();
  await expect(page.getByText(/"username": "ybj.handler"/)).toBeVisible();
  await keep(page, 'office-audit');
  await expectAccessible(page);
});

test('the office commends a unit, which the public page shows, and keeps the catalogue of prohibitions', async ({
  page,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /通报表扬/ }).click();
  await page.getByRole('button', { name: '通报表扬' }).click();
  const commend = page.getByRole('dialog', { name: '通报表扬' });
  await commend.getByLabel('单位').fill('税务');
  await commend.getByLabel('单位').press('Enter');
  await commend.getByLabel('表扬事由').fill('推行“非接触式”办税，本季度企业满意率位列全县第一。');
  await commend.getByLabel('所属季度').fill('2026Q4');
  await confirm(page, '通报表扬');
  await expect(page.getByRole('row', { name: /县税务局/ })).toContainText('2026Q4');
  await keep(page, 'office-commendations');
  await expectAccessible(page);

  await page.goto('/public/430621');
  await expect(page.getByRole('region', { name: '通报表扬' })).toContainText('推行“非接触式”办税');

  await page.goto('/catalogue');
  const entry = page.getByRole('row', { name: /严禁推诿扯皮/ });
  await expect(entry).toContainText('使用中');
  await entry.getByRole('button', { name: button('停用') }).click();
  await confirm(page, button('停用'));
  await expect(entry).toContainText('已停用');
  await page.getByRole('button', { name: '增补条目' }).click();
  await page.getByRole('dialog', { name: '增补条目' }).getByLabel('条目').fill('严禁以罚代管');
  await confirm(page, '增补条目');
  await expect(page.getByRole('row', { name: /严禁以罚代管/ })).toContainText('使用中');
  await keep(page, 'office-catalogue');
  await expectAccessible(page);
});

test('the platform admin opens a county: its region, its office’s account with the password shown once, and every county’s audit chain checked', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/regions$/);
  await expect(page.getByRole('menuitem', { name: /问题线索/ })).toHaveCount(0);

  await page.getByRole('button', { name: '新建区域' }).click();
  const region = page.getByRole('dialog', { name: '新建区域' });
  await region.getByLabel('行政区划代码').fill('43062');
  await region.getByLabel('名称').fill('湘阴县');
  await confirm(page, '新建区域');
  await expect(region.getByText('区划代码为 6 位')).toBeVisible();
  await region.getByLabel('行政区划代码').fill('430624');
  // Not anchored: while the refusal is still settling the button is named "loading 确 定".
  await region.getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.getByRole('row', { name: /430624/ })).toContainText('湘阴县优交');
  await expect(region).toBeHidden();
  await keep(page, 'platform-regions');
  await expectAccessible(page);

  await page.getByRole('tab', { name: '优化办与平台管理员账号' }).click();
  const accounts = page.getByRole('tabpanel', { name: '优化办与平台管理员账号' });
  await expect(accounts.getByRole('row', { name: /yy\.office/ })).toContainText('岳阳县');
  await accounts.getByRole('button', { name: '新建账号' }).click();
  const account = page.getByRole('dialog', { name: '新建账号' });
  await account.getByLabel('用户名').fill('xy.office');
  await account.getByLabel('姓名').fill('湘阴县优化办');
  await account.getByLabel('角色').click();
  await page.getByTitle('县优化办').click();
  await account.getByLabel('所属区域').fill('湘阴');
  await account.getByLabel('所属区域').press('Enter');
  await confirm(page, '新建账号');
  const issued = page.getByRole('dialog', { name: '账号已开设' });
  await expect(issued.getByText(/初始密码（只显示这一次/)).toBeVisible();
  await issued.getByRole('button', { name: /知道了/ }).click();
  await expect(accounts.getByRole('row', { name: /xy\.office/ })).toContainText('湘阴县');
  await keep(page, 'platform-accounts');
  await expectAccessible(page);

  await page.getByRole('menuitem', { name: /审计日志/ }).click();
  await page.getByRole('button', { name: '立即核验' }).click();
  await expect(page.getByText(/核验通过：\d+ 条记录的哈希链完整。/)).toBeVisible();
});
