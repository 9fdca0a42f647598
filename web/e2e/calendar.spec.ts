import { expectAccessible, keep, signIn, test, expect } from './county';

const deadlineShown = /默认办理时限为 (\d{4}-\d{2}-\d{2})/;

test('a holiday the office enters moves the default slip deadline', async ({ page }) => {
  await signIn(page, 'yy.office');
  await page.getByRole('menuitem', { name: /工作日历/ }).click();
  const notice = page.getByText(deadlineShown);
  await expect(notice).toBeVisible();
  const before = ((await notice.textContent()) ?? '').match(deadlineShown)?.[1] ?? '';
  await expect(page.getByRole('button', { name: /载入国务院 \d{4} 年安排/ })).toBeEnabled();
  await keep(page, 'office-calendar');
  await expectAccessible(page);

  // The first plain working day after today and before the deadline becomes a holiday;
  // "today" as the county has it (the page's time zone), not the test machine's.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  const labels = await page
    .locator('.calendar-day')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
  const day = labels.find((label) => {
    const weekday = ![0, 6].includes(new Date(`${label}T12:00:00Z`).getUTCDay());
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(label) &&
      weekday &&
      label > today &&
      label < before &&
      label.slice(0, 4) === today.slice(0, 4)
    );
  });
  expect(day, 'a working day between today and the deadline').toBeTruthy();
  await page.getByLabel(day ?? '', { exact: true }).click();
  await expect(page.getByLabel(`${day}，节假日`)).toBeVisible();
  await page.getByRole('button', { name: /保存 \d{4} 年日历/ }).click();
  await expect(page.getByText('工作日历已保存')).toBeVisible();

  await expect(page.getByText(deadlineShown)).not.toHaveText(new RegExp(before));
  const after = ((await page.getByText(deadlineShown).textContent()) ?? '').match(deadlineShown)?.[1] ?? '';
  expect(after > before, `${after} is later than ${before}`).toBe(true);
  await expect(page.getByLabel(`${day}，节假日`)).toBeVisible();

  // And back: the day is a working day again once saved.
  await page.getByLabel(`${day}，节假日`).click();
  await page.getByRole('button', { name: /保存 \d{4} 年日历/ }).click();
  await expect(page.getByText(`默认办理时限为 ${before}`)).toBeVisible();
});
