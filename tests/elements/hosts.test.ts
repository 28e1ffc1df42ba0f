// What host pages and app frameworks do that a plain test page does not: a framework written in the
// page, properties set before the elements are defined, objects set as attributes, values bound both ways.
import { expect, fixture, html } from '@open-wc/testing';
import type { DevelopmentPlan } from '../../src/core/schema/plan.js';
import '../../src/define.js';
import { CfDevelopmentPlan } from '../../src/elements/development-plan/development-plan.js';
import { CfFramework } from '../../src/elements/framework/framework.js';
import { CfSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { allByRole, byRole, maybeByRole, reported, text } from './harness.js';
import { loadAssessments, loadFixture, nextEvent, shadowText, until } from './helpers.js';

const sample = await loadFixture('sample-bilingual');
const desHr = await loadFixture('des-hr');
const hrSelf = (await loadAssessments('des-hr')).self!;
const savedPlan = (await (await fetch(new URL('../fixtures/plans/des-hr.json', import.meta.url))).json()) as DevelopmentPlan;

/** Each test defines its own tags: a definition cannot be undone, and "not yet defined" is what is tested. */
let defined = 0;
const laterTag = (name: string) => `${name}-later-${++defined}`;

/** Calls console.warn made while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return said;
}

/** Whether leaving the page would be questioned (the unsaved-changes guard). */
const leaveQuestioned = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('cf-framework: the framework written in the page, in a child <script type="application/json">', () => {
  const script = (json: string) => {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.textContent = json;
    return element;
  };

  it('reads it without a fetch, provides it, and announces it as a loaded file is', async () => {
    const fetches: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => (fetches.push(String(input)), originalFetch(input, init));
    try {
      const host = document.createElement('cf-framework');
      host.append(script(JSON.stringify(sample)), document.createElement('cf-level-ladder'));
      host.querySelector('cf-level-ladder')!.setAttribute('skill', 'data-analysis');
      const loaded = nextEvent(host, 'cf-framework-load');
      document.body.append(host);
      expect((await loaded).framework.id).to.equal(sample.id);
      expect(host.status).to.equal('ready');
      const ladder = host.querySelector('cf-level-ladder')!;
      await ladder.updateComplete;
      expect(shadowText(ladder)).to.include('Data analysis');
      expect(fetches).to.deep.equal([]);
      host.remove();
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('reports JSON it cannot read, in the error summary', async () => {
    const host = await fixture<CfFramework>(
      html`<cf-framework
        ><script type="application/json">
          {"id": "x",
        </script></cf-framework
      >`,
    );
    await until(() => host.status === 'error', 'the error status');
    expect(host.issues.map((issue) => issue.key)).to.deep.equal(['input.json']);
    expect(text(await reported(host))).to.include('not valid JSON');
  });

  it('reads the script again when the page replaces its text, and waits for one written after it is connected', async () => {
    const host = await fixture<CfFramework>(html`<cf-framework></cf-framework>`);
    expect(shadowText(host)).to.include('child script of type application/json');
    host.append(script(JSON.stringify(desHr)));
    await until(() => host.value?.id === desHr.id, 'the script appended later');
    host.querySelector('script')!.textContent = JSON.stringify(sample);
    await until(() => host.value?.id === sample.id, 'the script’s new text');
  });

  it('gives way to src and to the framework property', async () => {
    const host = await fixture<CfFramework>(
      html`<cf-framework
        ><script type="application/json">
          ${JSON.stringify(sample)}
        </script></cf-framework
      >`,
    );
    await until(() => host.value?.id === sample.id, 'the script');
    host.framework = desHr;
    await host.updateComplete;
    expect(host.value?.id).to.equal(desHr.id);
    host.framework = undefined;
    await until(() => host.value?.id === sample.id, 'the script again once the property is cleared');
  });
});

describe('elements defined after the host rendered them (a lazy import, a late CDN script)', () => {
  it('takes up properties set before the definition, Lit’s and the elements’ own accessors alike', async () => {
    const formTag = laterTag('cf-self-assessment');
    const planTag = laterTag('cf-development-plan');
    const form = document.createElement(formTag) as CfSelfAssessment;
    const plan = document.createElement(planTag) as CfDevelopmentPlan;
    const rated = { ...hrSelf };
    Object.assign(form, { framework: desHr, assessment: rated });
    Object.assign(plan, { framework: desHr, assessment: hrSelf, roleId: 'hr-business-partner', plan: savedPlan });
    document.body.append(form, plan);
    customElements.define(formTag, class extends CfSelfAssessment {});
    customElements.define(planTag, class extends CfDevelopmentPlan {});
    await Promise.all([form.updateComplete, plan.updateComplete]);
    // Taken up, not left on the instance hiding the accessors: the answers show, and what is read back is built anew.
    expect(Object.hasOwn(form, 'assessment') || Object.hasOwn(plan, 'plan')).to.equal(false);
    const chosen = allByRole<HTMLInputElement>(form, 'radio').filter((radio) => radio.checked);
    expect(chosen).to.have.length(Object.keys(hrSelf.ratings).length);
    expect(form.assessment?.ratings).to.deep.equal(hrSelf.ratings);
    expect(plan.plan?.actions).to.deep.equal(savedPlan.actions);
    expect(allByRole(plan, 'textbox').length).to.be.greaterThan(0);
    form.remove();
    plan.remove();
  });

  it('says an object given as an attribute is text, once in the console, and cf-framework’s status is an error, not loading', async () => {
    const tag = laterTag('cf-framework');
    const host = document.createElement(tag) as CfFramework;
    // What React and Vue do for an element they do not know yet: String(object) as an attribute.
    host.setAttribute('framework', String(sample));
    document.body.append(host);
    const said = await warnings(async () => {
      customElements.define(tag, class extends CfFramework {});
      await host.updateComplete;
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.equal(
      `<${tag}> ignores framework="[object Object]", an object given as an attribute: set the property, with the elements defined before they render.`,
    );
    expect(host.status).to.equal('error');
    // The page says what it can: the text is not a framework file (the detail is the engine's JSON error).
    expect(host.issues.map((issue) => issue.key)).to.deep.equal(['input.json']);
    expect(text(byRole(host, 'alert'))).to.include('The file is not valid JSON');
    host.remove();
    document.body.append(host);
    expect(said).to.have.length(1);
    host.remove();
  });

  it('names the attribute for an element’s own accessor too, such as the form’s assessment', async () => {
    const tag = laterTag('cf-self-assessment');
    const form = document.createElement(tag);
    form.setAttribute('assessment', '[object Object]');
    document.body.append(form);
    const said = await warnings(async () => {
      customElements.define(tag, class extends CfSelfAssessment {});
      await (form as CfSelfAssessment).updateComplete;
    });
    expect(said.join('\n')).to.include('ignores assessment="[object Object]"');
    form.remove();
  });
});

describe('a value bound both ways (Vue’s :assessment with @input, React state fed back)', () => {
  it('the form’s own assessment set back changes neither the unsaved state nor what a reset restores', async () => {
    const page = await fixture<HTMLFormElement>(
      html`<form><cf-self-assessment name="a" .framework=${desHr} .assessment=${hrSelf}></cf-self-assessment></form>`,
    );
    const form = page.querySelector('cf-self-assessment')!;
    await form.updateComplete;
    const before = form.assessment!;
    allByRole<HTMLInputElement>(byRole(form, 'group', { name: /Employee Relations/ }), 'radio', { checked: false })[0]!.click();
    await form.updateComplete;
    expect(leaveQuestioned()).to.equal(true);
    // The binding: the host reads the value on input and sets it back, as a copy (a framework's proxy).
    form.assessment = structuredClone(form.assessment);
    await form.updateComplete;
    expect(leaveQuestioned(), 'the changes are still unsaved').to.equal(true);
    page.reset();
    await form.updateComplete;
    expect(form.assessment!.ratings).to.deep.equal(before.ratings);
    page.remove();
  });

  it('another assessment set is taken, as before', async () => {
    const form = await fixture<CfSelfAssessment>(html`<cf-self-assessment .framework=${desHr}></cf-self-assessment>`);
    const given = form.assessment!;
    form.assessment = hrSelf;
    await form.updateComplete;
    expect(form.assessment!.ratings).to.deep.equal(hrSelf.ratings);
    expect(form.assessment!.ratings).not.to.deep.equal(given.ratings);
  });

  it('the plan’s own plan set back keeps the actions typed since and the unsaved state', async () => {
    const host = await fixture<CfDevelopmentPlan>(
      html`<cf-development-plan .framework=${desHr} .assessment=${hrSelf} role-id="hr-business-partner"></cf-development-plan>`,
    );
    await host.updateComplete;
    allByRole(host, 'button', { name: /^Add an action/ })[0]!.click();
    await host.updateComplete;
    expect(leaveQuestioned()).to.equal(true);
    const echo = structuredClone(host.plan);
    host.plan = echo;
    await host.updateComplete;
    expect(leaveQuestioned(), 'the changes are still unsaved').to.equal(true);
    expect(maybeByRole(host, 'textbox')).not.to.equal(null);
    host.remove();
  });
});
