import { keep, signIn, test, expect } from './county';

test('GraphiQL runs from the server’s own files with the browser’s session', async ({ page }) => {
  await signIn(page, 'yy.office');
  await page.goto('/graphql');
  await expect(page).toHaveURL(/\/graphiql$/);
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ viewer { role account { displayName } } }');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"role": "OFFICE"');
  await keep(page, 'graphiql');
});
