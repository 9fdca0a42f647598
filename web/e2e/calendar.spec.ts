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

  // The first plain working day after today and before the deadline becomes a holiday.
  const today = new Date();
  const labels = await page
    .locator('.calendar-day')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? ''));
  const day = labels.find((label) => {
    const date = new Date(`${label}T00:00:00`);
    const weekday = date.getDay() !== 0 && date.getDay() !== 6;
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(label) &&
      weekday &&
      date > today &&
      label < before &&
      date.getFullYear() === today.getFullYear()
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
