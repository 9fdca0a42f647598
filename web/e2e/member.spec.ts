import { button, expectAccessible, keep, signIn, test, expect } from './county';

// A volunteer's phone: 390 px wide, touch.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** A photo as a phone's camera gives it (a JPEG's first bytes are enough for the server). */
const PHOTO = {
  name: 'IMG_20261207_093012.jpg',
  mimeType: 'image/jpeg',
  buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2048)]),
};

/** A voice note, as WAV (RIFF … WAVE). */
function voiceNote() {
  const data = Buffer.alloc(1600 * 1024);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return { name: '录音 2026-12-07.wav', mimeType: 'audio/wav', buffer: Buffer.concat([header, data]) };
}

test('a supervisor files a report with a photo and a voice note from a phone; it survives a dropped connection; the office triages it; the supervisor rates the feedback', async ({
  page,
  context,
  browser,
  county,
}) => {
  await signIn(page, 'sup01');
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  await expect(page.getByText(/季度任务/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /本季度问题反映：\d+ \/ 1/ })).toBeVisible();
  await keep(page, 'member-home');
  await expectAccessible(page);

  // The report, written on the phone, with a photo and a voice note.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '反映问题' }).tap();
  await expect(page.getByRole('heading', { name: '反映问题或提出建议' })).toBeVisible();
  const title = '县政务大厅不动产窗口要求重复提交材料';
  await page.getByLabel('监督领域').selectOption({ label: '政务服务' });
  await page.getByLabel('涉及单位').selectOption({ label: '县不动产登记中心' });
  await page.getByLabel('标题').fill(title);
  await page
    .getByLabel('具体情况')
    .fill('12月6日上午，企业办理抵押登记时被要求第三次提交已提交过的材料，窗口人员未说明依据。');
  await page.getByLabel('严禁推诿扯皮、不作为慢作为').check();
  await page.getByLabel('拍照').setInputFiles(PHOTO);
  await page.getByLabel('录音').setInputFiles(voiceNote());
  await expect(page.getByRole('list', { name: '已添加的文件' }).getByRole('listitem')).toHaveCount(2);
  await keep(page, 'member-report-form');
  await expectAccessible(page);

  // The connection drops as it is sent: the report waits on the phone, the tab is closed.
  await context.setOffline(true);
  await page.getByRole('button', { name: button('提交') }).tap();
  await expect(page.getByText('网络连接中断，这条反映已保存在本机')).toBeVisible({ timeout: 30_000 });
  await keep(page, 'member-report-waiting');
  await page.close();

  // Back online, the app opened again: it is sent by itself, once.
  await context.setOffline(false);
  const phone = await context.newPage();
  await phone.goto('/me');
  await expect(phone.getByText('您保存在本机的反映已发送')).toBeVisible({ timeout: 30_000 });
  await phone.getByRole('link', { name: '查看' }).tap();
  await expect(phone.getByRole('heading', { name: title })).toBeVisible();
  await expect(phone.getByText('待受理')).toBeVisible();
  await expect(phone.getByRole('list', { name: '附件' }).getByRole('link')).toHaveCount(2);
  await phone.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '我的反映' }).tap();
  await expect(phone.getByRole('link', { name: new RegExp(title) })).toHaveCount(1);

  // The office accepts it and feeds back.
  const officeContext = await browser.newContext({ baseURL: county.baseURL });
  const office = await officeContext.newPage();
  await signIn(office, 'yy.office');
  await office.goto('/reports?status=SUBMITTED');
  await office.getByRole('link', { name: title }).click();
  await expect(office.getByRole('link', { name: /\.jpg/ })).toBeVisible();
  await office.getByRole('button', { name: button('受理') }).click();
  await office
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(office.getByRole('heading', { name: title }).getByText('已受理')).toBeVisible();
  await office.getByRole('button', { name: '反馈反映人' }).click();
  await office
    .getByRole('dialog')
    .getByLabel('反馈内容')
    .fill('经核实，窗口已一次性告知所需材料，并对相关人员批评教育。');
  await office
    .getByRole('dialog')
    .getByRole('button', { name: button('确定') })
    .click();
  await expect(office.getByRole('heading', { name: title }).getByText('已反馈')).toBeVisible();
  await officeContext.close();

  // The supervisor reads the feedback from the notification and rates it.
  await phone.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '首页' }).tap();
  await phone.reload();
  await phone.getByRole('link', { name: /待评价的办理结果/ }).tap();
  await phone.getByRole('link', { name: new RegExp(title) }).tap();
  await expect(phone.getByText('经核实，窗口已一次性告知所需材料')).toBeVisible();
  await expect(phone.getByText('县优化办反馈办理情况')).toBeVisible();
  await phone.getByRole('radio', { name: '基本满意' }).check();
  await phone.getByRole('button', { name: '提交评价' }).tap();
  await expect(phone.getByText('评价已提交，感谢您的监督。')).toBeVisible();
  await keep(phone, 'member-report-rated');
  await expectAccessible(phone);
});

test('a supervisor answers what waits on the phone: an invitation added to the calendar, an opinion, a survey, an inquiry, and shows the certificate', async ({
  page,
}) => {
  await signIn(page, 'sup01');
  const waiting = (title: string) => page.getByRole('link', { name: new RegExp(title) });
  await expect(waiting('会议和活动邀请')).toContainText('1');
  await expect(waiting('征求意见')).toContainText('1');
  await expect(waiting('满意度测评')).toContainText('1');

  // The symposium: attend, and put it in the phone's calendar.
  await waiting('会议和活动邀请').tap();
  const symposium = page.getByRole('region', { name: '涉企检查规范化座谈会' });
  await expect(symposium.getByText('待回复')).toBeVisible();
  await keep(page, 'member-meetings');
  await expectAccessible(page);
  await symposium.getByRole('button', { name: '参加' }).tap();
  await expect(symposium.getByText('已确认参加。')).toBeVisible();
  const download = page.waitForEvent('download');
  await symposium.getByRole('link', { name: '添加到日历' }).tap();
  const calendar = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of calendar) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString('utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain('SUMMARY:涉企检查规范化座谈会');

  // The consultation: an opinion on the draft.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '首页' }).tap();
  await waiting('征求意见').tap();
  const draft = page.getByRole('region', { name: /规范涉企行政检查/ });
  await draft.getByLabel('我的意见').fill('建议明确“综合查一次”的牵头部门，并公开年度检查计划。');
  await draft.getByRole('button', { name: '提交意见' }).tap();
  await expect(draft.getByText('意见已提交')).toBeVisible();
  await expect(draft.getByText('待研究答复')).toBeVisible();
  await keep(page, 'member-consultation');
  await expectAccessible(page);

  // The survey: each unit on five levels.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '首页' }).tap();
  await waiting('满意度测评').tap();
  const survey = page.getByRole('region', { name: '本季度营商环境满意度测评' });
  const units = survey.getByRole('group');
  await expect(units).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) {
    await units
      .nth(i)
      .getByRole('radio', { name: i === 0 ? '非常满意' : '满意', exact: true })
      .check();
  }
  await units.first().getByRole('textbox').fill('窗口服务规范，办事效率高。');
  await survey.getByRole('button', { name: '提交评价' }).tap();
  await expect(survey.getByText(/已提交 3 个单位的评价/)).toBeVisible();
  await keep(page, 'member-survey');
  await expectAccessible(page);

  // An inquiry to a unit.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '更多' }).tap();
  await page.getByRole('link', { name: '质询与查阅文件资料' }).tap();
  await page.getByRole('button', { name: '提出质询或查阅申请' }).tap();
  await page.getByRole('radio', { name: '查阅文件资料' }).check();
  await page.getByLabel('向哪个单位').selectOption({ label: '县税务局' });
  await page.getByLabel('事由').fill('查阅本年度涉企税费减免政策文件');
  await page.getByLabel('需要查阅的文件资料').fill('请提供本年度执行的涉企税费减免政策文件及办理指南。');
  await page.getByRole('button', { name: button('提交') }).tap();
  await expect(page.getByText('已提交，责任单位将在期限内答复。')).toBeVisible();
  const asked = page.getByRole('region', { name: '查阅本年度涉企税费减免政策文件' });
  await expect(asked.getByText(/待答复，期限 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await keep(page, 'member-inquiries');
  await expectAccessible(page);

  // The certificate, to show when supervising.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '更多' }).tap();
  await page.getByRole('link', { name: '监督员证' }).tap();
  const card = page.getByRole('region', { name: '营商环境监督员证' });
  await expect(card.getByText(/监督证〔\d{4}〕01号/)).toBeVisible();
  await expect(card.getByText('岳阳县优化营商环境工作领导小组办公室')).toBeVisible();
  await keep(page, 'member-certificate');
  await expectAccessible(page);

  // A new email for the reminders, checked as typed.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '更多' }).tap();
  await page.getByRole('link', { name: '我的联系方式' }).tap();
  await expect(page.getByLabel('电子邮箱')).toHaveValue('sup01@example.cn');
  await page.getByLabel('电子邮箱').fill('zhang.sup@example.cn');
  await page.getByLabel('手机号码').fill('13700001111');
  await page.getByRole('button', { name: button('保存') }).tap();
  await expect(page.getByText('联系方式已更新')).toBeVisible();
  await keep(page, 'member-contact');
  await expectAccessible(page);

  // Nothing waits any more.
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '首页' }).tap();
  for (const title of ['会议和活动邀请', '征求意见', '满意度测评']) await expect(waiting(title)).toContainText('0');
});

test('a monitoring point’s liaison keeps the point’s ledger from a phone', async ({ page }) => {
  await signIn(page, 'liaison01');
  await expect(page).toHaveURL(/\/me$/);
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '报送' }).tap();
  await expect(page.getByRole('heading', { name: '报送监测情况' })).toBeVisible();
  const title = '12月第一周企业办事情况监测记录';
  await page.getByLabel('监测记录').check();
  await page.getByLabel('监督领域').selectOption({ label: '政务服务' });
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('具体情况').fill('本周接待企业办事 36 次，其中 2 次因材料清单不清需往返，已现场记录。');
  await page.getByLabel('拍照').setInputFiles(PHOTO);
  await keep(page, 'liaison-ledger-form');
  await expectAccessible(page);
  await page.getByRole('button', { name: button('提交') }).tap();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('监测记录').first()).toBeVisible();
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '我的反映' }).tap();
  await expect(page.getByRole('link', { name: new RegExp(title) })).toHaveCount(1);
  await keep(page, 'liaison-ledger');
  await expectAccessible(page);
});

test('a supervisor reports a unit that refused supervision; the office sees it as major and refers it in one step', async ({
  page,
  browser,
  county,
}) => {
  await signIn(page, 'sup01');
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '反映问题' }).tap();
  await page.getByLabel('拒绝监督、打击报复').check();
  await expect(page.getByText(/被反映的单位看不到本反映/)).toBeVisible();
  const title = '出示监督员证后被拒绝进入办事大厅';
  await page.getByLabel('监督领域').selectOption({ label: '政务服务' });
  await page.getByLabel('涉及单位').selectOption({ label: '县住建局' });
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('具体情况').fill('12月7日上午出示监督员证，工作人员拒绝接待并要求离开，称“不归你们管”。');
  await keep(page, 'member-obstruction-form');
  await expectAccessible(page);
  await page.getByRole('button', { name: button('提交') }).tap();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // The office, at its desk.
  const desk = await browser.newContext({ baseURL: county.baseURL, viewport: { width: 1366, height: 900 } });
  const office = await desk.newPage();
  await signIn(office, 'yy.office');
  await office.goto('/reports');
  await office.getByRole('link', { name: title }).click();
  await expect(office.getByRole('heading', { name: title }).getByText('重大')).toBeVisible();
  await expect(office.getByText('反映单位拒不接受监督或打击报复')).toBeVisible();
  await office.getByRole('button', { name: '移送纪委监委' }).click();
  const refer = office.getByRole('dialog', { name: '移送纪委监委' });
  await refer.getByLabel('移送事由').fill('监督员依规开展监督时被拒绝接待，请依规严肃处理。');
  await refer.getByRole('button', { name: button('确定') }).click();
  await expect(office.getByText('已移送纪委监委').first()).toBeVisible();
  await keep(office, 'office-obstruction-referred');
  await expectAccessible(office);
  await desk.close();
});
