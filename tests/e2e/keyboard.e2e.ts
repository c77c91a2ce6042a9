import { expect, test } from './support/fixtures.ts';
import { hasSharedCorpus, SHARED_CORPUS_MISSING } from './support/paths.ts';
import { hfDayTitles, ViewsModel } from './pages/views-model.ts';

// Issue #3 acceptance: the feed is usable with the keyboard alone.

test.describe('keyboard only, on the real corpus', () => {
  test.skip(!hasSharedCorpus(), SHARED_CORPUS_MISSING);

  test('j to the third paper, Enter opens it, u returns, [ goes to the previous day', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/');
    const titles = hfDayTitles('2025-10-31');
    await expect(views.articles.first()).toHaveAccessibleName(titles[0]!);

    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    const third = views.main.getByRole('article', { name: titles[2]!, exact: true });
    await expect(third).toBeFocused();
    await expect(third).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/papers\/\d{4}\.\d{4,5}$/);
    await expect(views.heading).toHaveText(titles[2]!);

    await page.keyboard.press('u');
    await expect(page).toHaveURL(/\/$/);
    await expect(views.main.getByRole('article', { name: titles[2]!, exact: true })).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('[');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-30$/);
    await expect(views.heading).toHaveText('Thursday, October 30, 2025');
    await expect(views.articles.first()).toHaveAccessibleName(hfDayTitles('2025-10-30')[0]!);
  });

  test('] and [ step periods, w and m switch views, / focuses search, ? lists the shortcuts', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    await page.keyboard.press(']');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-06$/);
    await page.keyboard.press('w');
    await expect(page).toHaveURL(/\/papers\/week\/2025-W41$/);
    await page.keyboard.press('[');
    await expect(page).toHaveURL(/\/papers\/week\/2025-W40$/);
    await page.keyboard.press('m');
    await expect(page).toHaveURL(/\/papers\/month\/2025-10$/);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next paper');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search papers' })).toBeFocused();
  });

  test('the shortcuts button opens the list as a modal; Escape and Close give focus back', async ({ page }) => {
    // Issue #18 moved the dialog's open state out of the layout: the behaviour must not change.
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await button.click();
    await expect(help).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    // Modal without showModal() (keyboard-help.tsx): aria-modal, a backdrop over the whole page
    // that takes the pointer, and focus kept inside.
    await expect(help).toHaveAttribute('aria-modal', 'true');
    expect(await page.evaluate(() => document.elementFromPoint(4, window.innerHeight - 4)?.className)).toBe('keyboard-help__backdrop');
    await page.keyboard.press('Tab');
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the date picker opens and picks a day from the keyboard, with visible focus', async ({ page }) => {
    const views = new ViewsModel(page);
    await views.open('/papers/date/2025-10-03');
    const picker = views.button('Pick a date');
    await picker.focus();
    await page.keyboard.press('Enter');
    const day = views.link('Thursday, October 2, 2025, has papers');
    await expect(day).toBeVisible();
    await expect(views.main.getByText('4', { exact: true }).first()).toBeVisible(); // a Saturday: plain text, no link
    await day.focus();
    const outline = await day.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/papers\/date\/2025-10-02$/);
  });
});
