import type { Page } from '@playwright/test';
import { button, expectAccessible, keep, signIn, test, expect } from './county';

const TOPIC = '民营企业代表座谈会';

async function confirm(page: Page, title: RegExp | string) {
  await page
    .getByRole('dialog', { name: title })
    .getByRole('button', { name: button('确定') })
    .click();
}

/** A day this many days ahead, in the county's time zone, as the pickers take it. */
function daysAhead(days: number): string {
  const shanghai = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return shanghai.toISOString().slice(0, 10);
}

test('a meeting from invitation to minutes: planned, announced, accepted on a phone, attended and closed with minutes', async ({
  page,
  browser,
  county,
}) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /会议活动/ }).click();
  await expect(page.getByRole('heading', { name: '会议活动' })).toBeVisible();
  await keep(page, 'office-meetings');
  await expectAccessible(page);

  // Planned as a draft, with two supervisors and a unit to observe.
  await page.getByRole('button', { name: '新建会议活动' }).click();
  const plan = page.getByRole('dialog', { name: '新建会议活动' });
  await plan.getByLabel('主题').fill(TOPIC);
  await plan.getByLabel('议程').fill('一、听取民营企业对涉企服务的意见\n二、通报问题线索办理情况');
  await plan.getByLabel('地点').fill('县工商联三楼会议室');
  await plan.getByPlaceholder('开始日期').click();
  await plan.getByPlaceholder('开始日期').fill(`${daysAhead(10)} 09:00`);
  await plan.getByPlaceholder('开始日期').press('Enter');
  await plan.getByPlaceholder('结束日期').fill(`${daysAhead(10)} 11:00`);
  await plan.getByPlaceholder('结束日期').press('Enter');
  await expect(plan.getByPlaceholder('结束日期')).toHaveValue(`${daysAhead(10)} 11:00`);
  await plan.getByLabel('参加的监督员、监测点').fill('李建华');
  await plan.getByLabel('参加的监督员、监测点').press('Enter');
  await plan.getByLabel('参加的监督员、监测点').fill('张伟');
  await plan.getByLabel('参加的监督员、监测点').press('Enter');
  await plan.getByLabel('列席单位').fill('市场监管');
  await plan.getByLabel('列席单位').press('Enter');
  await keep(page, 'office-meeting-plan');
  await confirm(page, '新建会议活动');
  const meeting = page.getByRole('dialog', { name: '会议活动' });
  await expect(meeting.getByRole('heading', { name: new RegExp(TOPIC) })).toContainText('草稿');
  await expect(meeting.getByRole('region', { name: '受邀人员' }).getByRole('row')).toHaveCount(4);

  await meeting.getByRole('button', { name: '发布通知' }).click();
  await confirm(page, '发布通知');
  await expect(meeting.getByRole('heading', { name: new RegExp(TOPIC) })).toContainText('已通知');
  await expect(meeting.getByRole('button', { name: '发布通知' })).toHaveCount(0);
  await keep(page, 'office-meeting-announced');
  await expectAccessible(page);

  // The supervisor accepts on the phone.
  const phoneContext = await browser.newContext({
    baseURL: county.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, 'sup01');
  await phone.goto('/me/meetings');
  const invitation = phone.getByRole('region', { name: TOPIC });
  await invitation.getByRole('button', { name: '参加' }).tap();
  await expect(invitation.getByText('已确认参加。')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: TOPIC }).click();
  await expect(meeting.getByRole('region', { name: '受邀人员' }).getByRole('row', { name: /李建华/ })).toContainText(
    '确认参加',
  );
  await page.keyboard.press('Escape');

  // The joint meeting held two days ago: the attendance sheet, then the minutes.
  await page.getByRole('button', { name: '第四季度营商环境监督联席会议' }).click();
  await meeting.getByRole('button', { name: '登记出席' }).click();
  const sheet = page.getByRole('dialog', { name: '登记出席' });
  await expect(sheet.getByRole('radio', { name: '出席', checked: true })).toHaveCount(1);
  await expect(sheet.getByRole('radio', { name: '请假', checked: true })).toHaveCount(1);
  await expect(sheet.getByRole('radio', { name: '缺席', checked: true })).toHaveCount(1);
  await keep(page, 'office-attendance-sheet');
  await confirm(page, '登记出席');
  await expect(meeting.getByRole('heading', { name: /第四季度/ })).toContainText('已召开');

  await meeting.getByRole('button', { name: '记录纪要' }).click();
  const minutes = page.getByRole('dialog', { name: '记录纪要' });
  await minutes
    .getByLabel('会议纪要')
    .fill('一、通报了第四季度问题线索办理情况。\n二、对逾期未办结的问题逐一明确督办措施。');
  await minutes.getByLabel('议定事项').fill('县市场监管局于12月底前办结逾期问题并书面报告。');
  await confirm(page, '记录纪要');
  await expect(meeting.getByRole('heading', { name: /第四季度/ })).toContainText('已结束');
  await expect(meeting.getByText('县市场监管局于12月底前办结逾期问题并书面报告。')).toBeVisible();
  await expect(meeting.getByRole('button', { name: '记录纪要' })).toHaveCount(0);
  await keep(page, 'office-meeting-minutes');
  await expectAccessible(page);
});
