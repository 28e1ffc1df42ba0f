// The self-assessment form in a real page with a real <form>, from the built bundle: answers must
// survive reloads, navigation, closed tabs, a killed browser, a new framework version, a second tab
// and full storage. In the engine CF_ENGINE names (Chromium by default; Firefox; WebKit).
// Run after `npm run build`: node --test tests/e2e/
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gap, launch } from './browser/engines.mjs';
import { serveWatched } from './page-problems.mjs';

const framework = JSON.parse(readFileSync('tests/fixtures/sample-bilingual.json', 'utf8'));

// Storage failing at its API, as a full disk or a private window fails it, before any page script runs.
// (Chromium offers no way to shrink IndexedDB's quota from outside, and the other engines' drivers none at all.)
const quotaExceeded = () => {
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};
const noIndexedDb = () => Object.defineProperty(window, 'indexedDB', { get: () => undefined });
const noStorageAtAll = () => {
  Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  Object.defineProperty(window, 'localStorage', {
    get: () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
};

let site;

/**
 * A folder like a department's web server: the bundle, the test pages and a framework file. Beside the
 * page, variants of it: from the one-element bundle (which loads the draft storage on first use), without
 * autosave, and with the browser's storage broken by a script that runs first.
 */
before(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'cf-assess-'));
  cpSync('dist/cdn', folder, { recursive: true });
  cpSync('tests/e2e/pages', folder, { recursive: true });
  const page = readFileSync(join(folder, 'assessment.html'), 'utf8');
  const oneElement = page.replace('./career-framework-elements.js', './elements/cf-self-assessment.js');
  const variants = {
    'assessment-one-element.html': oneElement,
    'assessment-one-element-no-autosave.html': oneElement.replace(' autosave-key="e2e-draft"', ''),
    ...Object.fromEntries(
      Object.entries({ quotaExceeded, noIndexedDb, noStorageAtAll }).map(([name, breakStorage]) => [
        `assessment-${name}.html`,
        page.replace('<head>', `<head><script>(${breakStorage})()</script>`),
      ]),
    ),
  };
  for (const [name, html] of Object.entries(variants)) writeFileSync(join(folder, name), html);
  // The one-element bundle half deployed: its draft storage chunk is missing from the server.
  cpSync(join(folder, 'elements'), join(folder, 'no-storage-chunk'), {
    recursive: true,
    filter: (path) => !/draft-storage-/.test(path),
  });
  writeFileSync(
    join(folder, 'assessment-no-storage-chunk.html'),
    page.replace('./career-framework-elements.js', './no-storage-chunk/cf-self-assessment.js'),
  );
  writeFileSync(join(folder, 'framework.json'), JSON.stringify(framework));
  site = { folder, ...(await serveWatched(folder)) };
});
after(() => {
  site.stop();
  rmSync(site.folder, { recursive: true, force: true });
});

const pageUrl = (name = 'assessment') => `${site.url}${name}.html`;

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

/** Runs `test` with storage of its own: its pages share it, as tabs of one browser do, and no other test sees it. */
async function withStorage(test) {
  const context = await browser.newContext();
  try {
    await test(context);
  } finally {
    await context.close().catch(() => {});
  }
}

const skill = (page, name) => page.getByRole('group', { name });
const form = (page) => page.locator('cf-self-assessment');

/** A new tab in `context` (a context's, or a browser's own), at `url`, once the form is there. */
async function open(context, url = pageUrl()) {
  const page = await (context.newSharedPage ?? context.newPage).call(context);
  await page.goto(url);
  await skill(page, 'Data analysis').waitFor();
  return page;
}

/** Chooses a level and types evidence, as a person does, then waits for the draft to be saved. */
async function answer(page, name, level, evidence) {
  await skill(page, name).getByRole('radio', { name: level, exact: true }).check();
  if (evidence !== undefined) await skill(page, name).getByLabel('Evidence (optional)').fill(evidence);
}

/**
 * A draft is saved, with the last change in it: the first "Draft saved" may come between two changes
 * on a busy machine, and the form's promise is that every change is stored within half a second.
 */
async function saved(page) {
  await form(page)
    .getByText(/^Draft saved at/)
    .waitFor();
  await page.waitForTimeout(600);
}

async function expectAnswer(page, name, level, evidence) {
  await skill(page, name).getByRole('radio', { name: level, exact: true }).and(page.locator(':checked')).waitFor();
  if (evidence !== undefined) assert.equal(await skill(page, name).getByLabel('Evidence (optional)').inputValue(), evidence);
}

/** Submits the page's form to the echo server and returns the assessment it received. */
async function submit(page) {
  await page.getByRole('button', { name: 'Submit' }).click();
  const received = await page.locator('#field-assessment').textContent();
  return JSON.parse(received);
}

/** Every process started with this profile: the browser and its helpers. */
function processesOf(profile) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('cf-self-assessment never loses an answer', () => {
  it('survives a reload, and posts what was restored', async () => {
    await withStorage(async (context) => {
      const page = await open(context);
      await answer(page, 'Data analysis', 'Practitioner', 'Ran the census analysis');
      await saved(page);
      await page.reload();
      await expectAnswer(page, 'Data analysis', 'Practitioner', 'Ran the census analysis');
      const received = await submit(page);
      assert.deepEqual(received.ratings['data-analysis'], { level: 'practitioner', evidence: 'Ran the census analysis' });
      assert.deepEqual(received.framework, { id: framework.id, version: framework.version });
    });
  });

  it('survives going to another page and coming back, and closing and reopening the tab', async () => {
    await withStorage(async (context) => {
      const page = await open(context);
      await answer(page, 'Data governance', 'Expert', 'Wrote the retention policy');
      await saved(page);
      await page.getByRole('link', { name: 'Another page' }).click();
      await page.getByRole('heading', { name: 'Another page' }).waitFor();
      await page.goBack();
      await expectAnswer(page, 'Data governance', 'Expert', 'Wrote the retention policy');
      await page.goForward();
      await page.goBack();
      await expectAnswer(page, 'Data governance', 'Expert', 'Wrote the retention policy');
      await page.close();
      const reopened = await open(context);
      await expectAnswer(reopened, 'Data governance', 'Expert', 'Wrote the retention policy');
    });
  });

  it('keeps what was typed up to half a second before the browser process was killed mid-typing', { skip: gap('restart') }, async (t) => {
    const profile = mkdtempSync(join(tmpdir(), 'cf-profile-'));
    try {
      // A browser of its own, with a profile on disk as a person's browser has: drafts outlive the process.
      let killable = await launch({ profile });
      const page = await open(killable);
      await answer(page, 'Data analysis', 'Working');
      const field = skill(page, 'Data analysis').getByLabel('Evidence (optional)');
      await field.click();
      const text = 'I analysed the survey returns for every region and wrote the summary for the board. '.repeat(3);
      const typedAt = [];
      let killed = false;
      const typing = (async () => {
        for (const character of text) {
          if (killed) return;
          await page.keyboard.type(character, { delay: 25 });
          typedAt.push(Date.now());
        }
      })().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const killedAt = Date.now();
      killed = true;
      for (const pid of processesOf(profile)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone with its parent.
        }
      }
      await typing;
      await killable.close().catch(() => {});
      const typedBeforeKill = typedAt.filter((time) => time <= killedAt).length;
      const settled = typedAt.filter((time) => time <= killedAt - 500).length;
      assert.ok(settled > 10, `typing had started well before the kill (${settled} characters)`);
      assert.ok(typedBeforeKill < text.length, 'the browser was killed while the person was still typing');

      killable = await launch({ profile });
      const again = await open(killable);
      await expectAnswer(again, 'Data analysis', 'Working');
      const restored = await skill(again, 'Data analysis').getByLabel('Evidence (optional)').inputValue();
      await killable.close();
      t.diagnostic(`typed before the kill: ${typedBeforeKill} characters; 500 ms before it: ${settled}; restored: ${restored.length}`);
      assert.ok(text.startsWith(restored), `the restored evidence is what was typed: ${JSON.stringify(restored)}`);
      assert.ok(
        restored.length >= settled,
        `${restored.length} characters restored; ${settled} were typed 500 ms or more before the kill (${typedBeforeKill} in all)`,
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('keeps every answer when the framework file gets a new version without one of the skills', async () => {
    await withStorage(async (context) => {
      const page = await open(context);
      await answer(page, 'Data governance', 'Expert', 'Kept through the upgrade');
      await answer(page, 'Data analysis', 'Working');
      await saved(page);
      const skills = framework.skills.filter((entry) => entry.id !== 'data-governance');
      const roles = framework.roles.map((role) => ({
        ...role,
        requirements: role.requirements?.filter((requirement) => requirement.skill !== 'data-governance'),
        levels: role.levels?.map((level) => ({ ...level, requirements: level.requirements?.filter((r) => r.skill !== 'data-governance') })),
      }));
      writeFileSync(join(site.folder, 'framework.json'), JSON.stringify({ ...framework, version: '2027.1', skills, roles }));
      try {
        await page.reload();
        await form(page)
          .getByText(/Every answer was kept/)
          .waitFor();
        await expectAnswer(page, 'Data analysis', 'Working');
        const unmatched = form(page).locator('[part="unmatched"]');
        assert.match(await unmatched.textContent(), /data-governance[\s\S]*Expert[\s\S]*Kept through the upgrade/);
        const received = await submit(page);
        assert.equal(received.framework.version, '2027.1');
        assert.deepEqual(received.ratings['data-governance'], { level: 'expert', evidence: 'Kept through the upgrade' });
        assert.deepEqual(received.ratings['data-analysis'], { level: 'working' });
      } finally {
        writeFileSync(join(site.folder, 'framework.json'), JSON.stringify(framework));
      }
    });
  });

  it('tells the person when another tab saved the same draft, and lets them choose', async () => {
    await withStorage(async (context) => {
      const tabA = await open(context);
      const tabB = await open(context);
      await answer(tabA, 'Data analysis', 'Expert', 'Written in tab A');
      await saved(tabA);
      await answer(tabB, 'Data analysis', 'Awareness', 'Written in tab B');
      const conflict = form(tabB).getByRole('alert').filter({ hasText: 'also changed in another tab' });
      await conflict.waitFor();
      // Until the person chooses, tab B's further answers are saved apart, under a key of its own.
      await skill(tabB, 'Data analysis').getByLabel('Evidence (optional)').fill('Written in tab B, still being typed');
      await tabB.waitForFunction(
        async () => {
          const database = await new Promise(
            (resolve) => (indexedDB.open('career-framework-elements').onsuccess = (event) => resolve(event.target.result)),
          );
          const values = await new Promise(
            (resolve) =>
              (database.transaction('drafts').objectStore('drafts').getAll().onsuccess = (event) => resolve(event.target.result)),
          );
          database.close();
          return values.some((value) => value.includes('Written in tab B, still being typed'));
        },
        null,
        { timeout: 5000 },
      );
      // Nothing was overwritten: a third tab still gets tab A's answers.
      const tabC = await open(context);
      await expectAnswer(tabC, 'Data analysis', 'Expert', 'Written in tab A');
      await tabC.close();
      // Tab B keeps its own answers: now they are the draft.
      await form(tabB).getByRole('button', { name: 'Keep the answers on this page' }).click();
      await saved(tabB);
      const tabD = await open(context);
      await expectAnswer(tabD, 'Data analysis', 'Awareness', 'Written in tab B, still being typed');
    });
  });

  for (const [name, variant] of [
    ['storage is full', 'assessment-quotaExceeded'],
    ['the browser offers no storage', 'assessment-noStorageAtAll'],
  ]) {
    it(`says so when ${name}, and still sends every answer with the form`, async () => {
      await withStorage(async (context) => {
        const page = await open(context, pageUrl(variant));
        await answer(page, 'Data analysis', 'Expert', 'Typed with no room to save it');
        await form(page).getByRole('alert').filter({ hasText: 'could not be saved in this browser' }).waitFor();
        await answer(page, 'Data governance', 'Working');
        const received = await submit(page);
        assert.deepEqual(received.ratings, {
          'data-analysis': { level: 'expert', evidence: 'Typed with no room to save it' },
          'data-governance': { level: 'working' },
        });
      });
    });
  }

  it('falls back to localStorage where IndexedDB is blocked, and still survives a reload', async () => {
    await withStorage(async (context) => {
      const page = await open(context, pageUrl('assessment-noIndexedDb'));
      await answer(page, 'Data analysis', 'Practitioner', 'Saved in localStorage');
      await saved(page);
      assert.ok(await page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('cf-self-assessment:'))));
      await page.reload();
      await expectAnswer(page, 'Data analysis', 'Practitioner', 'Saved in localStorage');
    });
  });
});

describe('cf-self-assessment from its own bundle (dist/cdn/elements), which loads the draft storage and the ladder on first use', () => {
  /** The draft storage chunk's requests from now on, as the site saw them. */
  const storageRequests = () => {
    const from = site.requested.length;
    return () => site.requested.slice(from).filter((path) => /\/chunks\/draft-storage-/.test(path));
  };

  it('survives a reload, with the storage loaded once the form has a draft to keep', async () => {
    await withStorage(async (context) => {
      const requests = storageRequests();
      const page = await open(context, pageUrl('assessment-one-element'));
      await answer(page, 'Data analysis', 'Practitioner', 'Ran the census analysis');
      await saved(page);
      assert.equal(requests().length, 1, 'the storage chunk is loaded for a form with autosave-key');
      await page.reload();
      await expectAnswer(page, 'Data analysis', 'Practitioner', 'Ran the census analysis');
    });
  });

  it('opens a skill’s descriptors with the ladder, loaded from its own file after the form is drawn', async () => {
    await withStorage(async (context) => {
      const page = await open(context, pageUrl('assessment-one-element-no-autosave'));
      await page.waitForFunction(() => customElements.get('cf-level-ladder') !== undefined);
      assert.ok(site.requested.includes('/elements/cf-level-ladder.js'), 'the ladder’s file is loaded');
      await skill(page, 'Data analysis').getByText('What each level means').click();
      await skill(page, 'Data analysis').locator('cf-level-ladder').getByRole('list').first().waitFor();
    });
  });

  it('says the answers are not saved when the storage chunk cannot be loaded, and still sends them', async () => {
    await withStorage(async (context) => {
      const problems = site.watch();
      const page = await open(context, pageUrl('assessment-no-storage-chunk'));
      await answer(page, 'Data analysis', 'Expert', 'Typed while the storage is missing');
      await form(page).getByRole('alert').filter({ hasText: 'could not be saved in this browser' }).waitFor();
      const received = await submit(page);
      assert.deepEqual(received.ratings, { 'data-analysis': { level: 'expert', evidence: 'Typed while the storage is missing' } });
      assert.ok(
        problems.every((problem) => /draft-storage-/.test(problem)),
        `only the missing chunk goes wrong: ${problems.join('; ')}`,
      );
    });
  });

  it('never loads the storage for a form without autosave-key', async () => {
    await withStorage(async (context) => {
      const requests = storageRequests();
      const page = await open(context, pageUrl('assessment-one-element-no-autosave'));
      await answer(page, 'Data analysis', 'Practitioner', 'Typed, kept on the page only');
      await page.waitForTimeout(600);
      assert.deepEqual(requests(), []);
    });
  });
});
