import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './page-checks';
import { DEMO_PEOPLE, signInAndOpen } from './sign-in';

const PLAN = '/plans/vantaa-kasvatus-2021';
const DETAIL_1212 = `${PLAN}/targets/vantaa-2021-12-12`;

/** Presses `key` until `target` has the focus, as a keyboard user moves through the page; fails after `max` presses. */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 80) {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of ${key}`);
}

/** The focused element shows a keyboard focus indicator: a real outline of at least 2 px, per its computed style. */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      element: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ''}`,
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
  expect(focus, 'something has the focus').not.toBeNull();
  expect(focus, `focus indicator on ${focus?.element}`).toMatchObject({ focusVisible: true, outline: true });
}

test.describe('axe finds no WCAG 2.1 AA violations', () => {
  test('on the sign-in page, the filtered list, a target and its edit form showing errors', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
    await expectNoAxeViolations(page);

    await signInAndOpen(page, `${PLAN}?status=partially&q=mielenterveys`, DEMO_PEOPLE.manager);
    await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Haku' })).toHaveValue('mielenterveys');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /Avaa tavoite 12\.4/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^12\.4 / })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Päivitä edistyminen' }).click();
    const form = page.getByRole('form', { name: /Päivitä tavoitteen 12\.4 edistyminen/ });
    // Over the 10 000-character limit, and a figure that is not a number: both fields say what is wrong.
    await form.getByRole('textbox', { name: 'Mittarien tilanne' }).fill('x'.repeat(10_001));
    await form.locator('.edit-form__indicators input').first().fill('paljon');
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await expect(form.getByRole('alert')).toContainText('korjaa');
    await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expect(form.locator('.field__error').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'edit-form-errors');
  });

  test('on the summary, the report, export and import, and the plan structure', async ({ page }) => {
    await signInAndOpen(page, `${PLAN}/summary`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${PLAN}/report`);
    await expect(page.getByRole('button', { name: /Tulosta/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${PLAN}/transfer`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`${PLAN}/structure`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on measures, projects and the people admin page', async ({ page }) => {
    await signInAndOpen(page, '/measures');
    await expect(page.locator('tr[data-measure-number]').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Avaa toimenpide 91/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^91 / })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/projects');
    await expect(page.locator('tr[data-project-id]').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('tr[data-project-id] a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.project-detail')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät ja roolit' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on a manager’s review queue and a responsible person’s own targets', async ({ page }) => {
    await signInAndOpen(page, `${PLAN}/review`, DEMO_PEOPLE.manager);
    await expect(page.getByRole('heading', { level: 1, name: 'Arviointijono' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
    await signInAndOpen(page, '/my-targets', DEMO_PEOPLE.responsibleForAll);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('on the accessibility statement, without signing in, in Finnish, Swedish and English', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    await expect(page.getByText(/täyttää osittain WCAG 2\.1/)).toBeVisible();
    await expect(page.getByText(/306\/2019/)).toBeVisible();
    await expect(page.getByText('Liikenne- ja viestintävirasto Traficom', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'saavutettavuus@traficom.fi' })).toHaveAttribute('href', 'mailto:saavutettavuus@traficom.fi');
    await expect(page.getByText(/Seloste on laadittu \d{1,2}\.\d{1,2}\.\d{4}/)).toBeVisible();
    await expect(page.getByText(/Esimerkkiosoite/)).toBeVisible();
    await expect(page).toHaveTitle(/^Saavutettavuusseloste/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'accessibility-statement-fi');

    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' })).toBeVisible();
    await expect(page.getByText(/Transport- och kommunikationsverket Traficom/)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expectNoAxeViolations(page);

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
    await expect(page.getByText(/partially meets the level A and AA requirements of WCAG 2\.1/)).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'accessibility-statement-en');
  });
});

test('a responsible person signs in, edits a target, saves and resolves a conflict with the keyboard alone', async ({ page, context }) => {
  await page.goto(PLAN);
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();

  // Sign in: the people are one radio group, so the arrow keys move between them.
  const katri = page.getByRole('radio', { name: new RegExp(DEMO_PEOPLE.responsibleForAll) });
  await pressUntilFocused(page, page.getByRole('radio').first());
  await pressUntilFocused(page, katri, 'ArrowDown', 12);
  await page.keyboard.press('Space');
  await expect(katri).toBeChecked();
  await expectFocusVisible(page);
  await pressUntilFocused(page, page.getByRole('button', { name: 'Kirjaudu', exact: true }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText(new RegExp(`Kirjautunut: ${DEMO_PEOPLE.responsibleForAll}`))).toBeVisible();

  // From the list to the target: search, then follow its link.
  await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
  const search = page.getByRole('searchbox', { name: 'Haku' });
  await pressUntilFocused(page, search);
  await expectFocusVisible(page);
  await page.keyboard.type('keskeyttaneiden');
  await expect(page.locator('tr[data-target-code]')).toHaveCount(1);
  const targetLink = page.getByRole('link', { name: /Avaa tavoite 12\.12/ });
  await pressUntilFocused(page, targetLink);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
  // Offline reloads and the conflict below need the app's service worker in control.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Open the form, change the status with the arrow keys and the text by typing, save with Enter.
  const openForm = page.getByRole('button', { name: 'Päivitä edistyminen' });
  await pressUntilFocused(page, openForm);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: /Päivitä tavoitteen 12\.12 edistyminen/ });
  await expect(form).toBeVisible();
  // The button gave way to the form: the focus is on the form's first field, the current status.
  await expect(form.getByRole('radio', { checked: true })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowLeft');
  await expect(form.getByRole('radio', { name: 'Toteutuu osittain' })).toBeChecked();
  const metricStatus = form.getByRole('textbox', { name: 'Mittarien tilanne' });
  await pressUntilFocused(page, metricStatus);
  await expectFocusVisible(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Näppäimistöllä kirjattu tilanne.');
  await pressUntilFocused(page, form.getByRole('button', { name: 'Tallenna' }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  const saved = page.getByRole('status').filter({ hasText: 'Muutos on tallennettu' });
  await expect(saved).toBeVisible();
  await expect(form).toHaveCount(0);
  // The form is gone: the focus goes back to the button that opened it, not to the top of the page.
  await expect(openForm).toBeFocused();
  await expectFocusVisible(page);

  // A second edit made offline meets a colleague's newer one on the server.
  await context.setOffline(true);
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await pressUntilFocused(page, metricStatus);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Oma tilanne ilman verkkoa.');
  await pressUntilFocused(page, form.getByRole('button', { name: 'Tallenna' }));
  await page.keyboard.press('Enter');
  await expect(openForm).toBeFocused();
  await page.evaluate(() =>
    window.__tavoitevahtiDemo?.colleagueEdit('vantaa-2021-12-12', { metricStatus: 'Kollegan tilanne.' }, 'Riikka Åstrand'),
  );
  await context.setOffline(false);
  const conflict = page.getByRole('region', { name: /Ristiriita/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText('Kollegan tilanne.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Keep the colleague's text: reach the choice with Shift+Tab, pick the server's side with an arrow key.
  const theirs = conflict.getByRole('radio', { name: /Mittarien tilanne: Palvelimen/ });
  await pressUntilFocused(page, conflict.getByRole('radio', { name: /Mittarien tilanne: Oma/ }), 'Shift+Tab');
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowRight');
  await expect(theirs).toBeChecked();
  await expect(theirs).toBeFocused();
  await pressUntilFocused(page, conflict.getByRole('button', { name: 'Tallenna valinnat' }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(conflict).toHaveCount(0);
  const resolved = page.getByRole('status').filter({ hasText: 'Valintasi on tallennettu' });
  await expect(resolved).toBeVisible();
  // The conflict view is gone: the focus is on the message that says what happened.
  await expect(resolved).toBeFocused();
  await expect(page.locator('section[aria-labelledby="metric-status"]').getByText('Kollegan tilanne.')).toBeVisible();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates or transitions: spinner, toggles and the summary charts', async ({ page }) => {
    // Counts, per chart shape, how often its geometry changes: an animated chart changes it on every frame.
    await page.addInitScript(() => {
      const changes = new Map<Node, number>();
      Object.assign(window, { __mostChartShapeChanges: () => Math.max(0, ...changes.values()) });
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof Element && record.target.closest('.recharts-surface')) {
            changes.set(record.target, (changes.get(record.target) ?? 0) + 1);
          }
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['d', 'x', 'y', 'width', 'height', 'transform', 'opacity'] });
    });
    await signInAndOpen(page, `${PLAN}/summary`);
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);

    // Every rule that animates, applied to a probe element: under reduced motion none may move. The spinner is
    // only on screen while loading, so probing the rules catches what a snapshot of the page would miss.
    const moving = await page.evaluate(() => {
      const rules: CSSStyleRule[] = [];
      const collect = (list: CSSRuleList) => {
        for (const rule of Array.from(list)) {
          if (rule instanceof CSSStyleRule) rules.push(rule);
          else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) collect(rule.cssRules);
        }
      };
      for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
      const animated = rules.filter((rule) => {
        const animation = rule.style.animationName || rule.style.animation;
        const transition = rule.style.transitionDuration || rule.style.transition;
        return (animation && animation !== 'none') || (transition && transition !== 'none' && !/^0s?$/.test(transition));
      });
      const found: string[] = [];
      for (const rule of animated) {
        for (const selector of rule.selectorText.split(',')) {
          // The last compound selector, without pseudo-classes: the element the rule moves.
          const last = selector.trim().split(/[\s>+~]+/).pop() ?? '';
          const classes = [...last.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
          if (classes.length === 0) continue;
          const probe = document.createElement('span');
          probe.className = classes.join(' ');
          document.body.append(probe);
          const style = getComputedStyle(probe);
          const durations = style.transitionDuration.split(',').map((value) => Number.parseFloat(value));
          if (style.animationName !== 'none' || durations.some((value) => value > 0)) found.push(selector.trim());
          probe.remove();
        }
      }
      // And everything on the page now, charts included.
      for (const element of Array.from(document.querySelectorAll('*'))) {
        const style = getComputedStyle(element);
        const durations = style.transitionDuration.split(',').map((value) => Number.parseFloat(value));
        if (style.animationName !== 'none' || durations.some((value) => value > 0)) {
          found.push(`${element.tagName.toLowerCase()}.${String(element.getAttribute('class'))}`);
        }
      }
      return { checked: animated.length, found };
    });
    expect(moving.checked, 'the stylesheet has animated rules to check').toBeGreaterThan(0);
    expect(moving.found).toEqual([]);

    // Recharts draws its bars at once when its animation is off. Over its default animation time (1.5 s) an animated
    // bar would change its shape dozens of times; a still one changes only when the chart is measured or resized.
    await page.waitForTimeout(1_600);
    const mostChanges = await page.evaluate(() => (window as unknown as { __mostChartShapeChanges: () => number }).__mostChartShapeChanges());
    expect(mostChanges).toBeLessThanOrEqual(3);
  });
});

test.describe('at 200 % zoom of a 1280 px wide window', () => {
  // 200 % zoom halves the CSS pixels: 640 CSS px across, each drawn with two device pixels.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the target list, a target and the statement need no horizontal scrolling', async ({ page }, testInfo) => {
    const noHorizontalScroll = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
    await signInAndOpen(page, PLAN);
    await expect(page.locator('tr[data-target-code]')).toHaveCount(8);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    const list = await noHorizontalScroll();
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    await saveScreenshot(page, testInfo, 'target-list-200-percent');

    await page.goto(DETAIL_1212);
    await expect(page.getByRole('heading', { level: 1, name: /^12\.12 / })).toBeVisible();
    const detail = await noHorizontalScroll();
    expect(detail.scrollWidth).toBeLessThanOrEqual(detail.clientWidth);

    await page.goto('/accessibility');
    await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    const statement = await noHorizontalScroll();
    expect(statement.scrollWidth).toBeLessThanOrEqual(statement.clientWidth);
  });
});
