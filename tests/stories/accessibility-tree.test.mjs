// What a screen reader gets from each element's main story: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree), which also holds what axe cannot see, such as names from ElementInternals
// and from visually hidden text. Run after `npm run build-storybook`: node --test tests/stories/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serve('storybook-static');
});
after(async () => {
  await browser?.close();
  site?.server.closeAllConnections();
  site?.server.close();
});

/** A story's accessibility tree, as nodes with their role, name, states and children (ignored nodes left out). */
async function treeOf(storyId) {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}iframe.html?id=${storyId}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('cf-framework')].every((element) => element.status !== 'loading' || !element.src),
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const shape = (node) => ({
      role: node.role?.value,
      name: node.name?.value ?? '',
      states: Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value?.value])),
      ignored: node.ignored,
      children: () =>
        (node.childIds ?? [])
          .map((id) => byId.get(id))
          .filter(Boolean)
          .map(shape),
    });
    return shape(nodes[0]);
  } finally {
    await page.close();
  }
}

/** Every node under `node` (not ignored) that has `role`, and a name matching `name` when given. */
function all(node, role, name) {
  const found = [];
  const visit = (current) => {
    for (const child of current.children()) {
      const nameMatches = name === undefined || (name instanceof RegExp ? name.test(child.name) : child.name === name);
      if (!child.ignored && child.role === role && nameMatches) found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

function one(node, role, name) {
  const found = all(node, role, name);
  assert.equal(
    found.length,
    1,
    `one ${role} named ${name}, found ${found.length}: ${all(node, role)
      .map((n) => n.name)
      .join(' | ')}`,
  );
  return found[0];
}

describe('the accessibility tree of each element’s main story (Chromium)', () => {
  it('self-assessment: each skill a group named by the skill, with a radio per answer and its evidence field', async () => {
    const tree = await treeOf('elements-cf-self-assessment--for-a-role');
    const skills = ['Data analysis', 'Data governance', 'Communicating insight', 'Stakeholder engagement'];
    for (const skill of skills) {
      const group = one(tree, 'group', skill);
      const radios = all(group, 'radio').map((radio) => radio.name);
      assert.deepEqual(radios, ['Awareness', 'Working', 'Practitioner', 'Expert', 'Not applicable', 'Not observed']);
      assert.ok(
        all(group, 'radio').every((radio) => radio.states.checked === 'false'),
        'nothing chosen yet',
      );
      one(group, 'textbox', new RegExp(`^Evidence \\(optional\\) ?: ${skill}$`));
    }
    assert.equal(all(tree, 'status').length >= 1, true, 'a live region for what changes');
  });

  it('gap chart: the drawing an image named by the role, its table an equal with headers, a button per skill', async () => {
    const tree = await treeOf('elements-cf-gap-chart--radar');
    const title = 'Ratings against what HR Business Partner needs';
    one(tree, 'image', title);
    const table = one(tree, 'table', title);
    assert.deepEqual(
      all(table, 'columnheader').map((header) => header.name),
      ['Skill', 'Needed for the role', 'Self-rating', 'Gap'],
    );
    assert.equal(all(table, 'rowheader').length, 8);
    const skillButtons = all(tree, 'button').filter((button) => button.states.expanded !== undefined);
    assert.equal(skillButtons.length, 8);
    assert.ok(skillButtons.every((button) => button.states.expanded === false));
  });

  it('journey map: a named map whose role buttons say where the person is, the target and each step', async () => {
    const tree = await treeOf('elements-cf-journey-map--route');
    const map = one(tree, 'group', 'Career map');
    one(map, 'button', 'Team leader, You are here');
    one(map, 'button', 'Policy adviser, Step 1');
    one(map, 'button', 'Head of policy, Target');
    one(tree, 'heading', 'Route from Team leader to Head of policy');
  });

  it('level ladder: a list named by the skill, each level a heading that says the current and target levels', async () => {
    const tree = await treeOf('elements-cf-level-ladder--current-and-target');
    one(tree, 'list', 'Levels of Resourcing');
    one(tree, 'heading', 'Practitioner Level 3 of 5 Current level');
    one(tree, 'heading', 'Expert Level 4 of 5 Target level');
  });

  it('role profile: each requirement a disclosure named by skill and level, collapsed', async () => {
    const tree = await treeOf('elements-cf-role-profile--role');
    one(tree, 'heading', 'HR Business Partner');
    const requirements = all(tree, 'DisclosureTriangle');
    assert.equal(requirements.length, 8);
    assert.ok(requirements.some((summary) => summary.name === 'Employee Relations: Practitioner'));
    assert.ok(requirements.every((summary) => summary.states.expanded === false));
  });

  it('development plan: each action a group named by its number and skill, its buttons named apart', async () => {
    const tree = await treeOf('elements-cf-development-plan--under-way');
    const action = one(tree, 'group', /^Action 1 ?: Employee Relations$/);
    one(action, 'textbox', 'What you will do');
    one(action, 'combobox', 'Kind of action');
    one(action, 'checkbox', 'Done');
    const removes = all(tree, 'button', /^Remove this action/).map((button) => button.name);
    assert.ok(removes.length >= 3);
    assert.equal(new Set(removes).size, removes.length, `Remove buttons named alike: ${removes.join(' | ')}`);
  });

  it('agreement: each skill a group named by the skill, what each said in a list, the agreed level a group of radios naming who gave each', async () => {
    const tree = await treeOf('elements-cf-calibration--side-by-side');
    const skill = one(tree, 'group', 'Business Facing HR');
    assert.deepEqual(
      all(skill, 'listitem').map(
        (item) =>
          item.name ||
          all(item, 'StaticText')
            .map((t) => t.name)
            .join(''),
      ),
      ['Alex: Practitioner', 'Sam: Supervised Practitioner'],
    );
    const agreed = one(skill, 'group', 'Agreed level');
    const radios = all(agreed, 'radio');
    assert.ok(
      radios.some((radio) => radio.name === 'Practitioner (Alex)'),
      radios.map((radio) => radio.name).join(' | '),
    );
    assert.ok(
      radios.every((radio) => radio.states.checked === 'false'),
      'nothing agreed for them',
    );
    one(skill, 'textbox', /^Note ?: Business Facing HR$/);
    one(tree, 'checkbox', 'Only the skills where the ratings differ');
  });

  it('team heatmap: a grid named by its caption, with column and row headers', async () => {
    const tree = await treeOf('elements-cf-team-heatmap--small-team');
    const [grid] = all(tree, 'grid');
    assert.ok(grid, 'a grid');
    assert.ok(grid.name.length > 0, 'the grid is named');
    assert.ok(all(grid, 'columnheader').length > 1);
    assert.ok(all(grid, 'rowheader').length > 1);
  });

  it('framework changes: areas as headings, each descriptor change a collapsed disclosure named by its sentence', async () => {
    const tree = await treeOf('elements-cf-framework-changes--new-version');
    one(tree, 'heading', 'What changed from version 1.0.0 to version 2.0.0');
    assert.equal(all(tree, 'heading').length, 8);
    const disclosures = all(tree, 'DisclosureTriangle');
    assert.equal(disclosures.length, 7);
    assert.ok(disclosures.some((summary) => summary.name === 'Employee Relations, Working Practitioner: the meaning changed.'));
    assert.ok(disclosures.every((summary) => summary.states.expanded === false));
    one(tree, 'checkbox', 'Hide changes of wording only');
  });

  it('framework: a file that cannot be used is an alert with a heading', async () => {
    const tree = await treeOf('elements-cf-framework--invalid-framework');
    const [alert] = all(tree, 'alert').filter((node) => all(node, 'heading').length > 0);
    assert.ok(alert, 'an alert holding the summary');
    one(alert, 'heading', 'There is a problem with the framework');
  });
});
