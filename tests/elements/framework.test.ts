import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
// The page opts into importing frameworks, as a host does with career-framework-elements/importer.
import '../../src/importer.js';
import * as importer from '../../src/elements/framework/framework-import.js';
import { registerImporter } from '../../src/elements/framework/load-importer.js';
import type { CfFramework } from '../../src/elements/framework/framework.js';
import { byRole, maybeByRole, reported } from './harness.js';
import { fixtureUrl, loadFixture, nextEvent, shadowText, until } from './helpers.js';

describe('cf-framework', () => {
  it('fetches src, shows a status while loading, provides the framework and fires cf-framework-load', async () => {
    const host = await fixture<CfFramework>(
      html`<cf-framework>
        <cf-level-ladder skill="resourcing"></cf-level-ladder>
      </cf-framework>`,
    );
    expect(shadowText(host)).to.include('No framework to show');
    const loaded = nextEvent(host, 'cf-framework-load');
    host.src = fixtureUrl('des-hr');
    await host.updateComplete;
    expect(shadowText(host)).to.equal('Loading the framework…');
    const status = byRole(host, 'status');
    const event = await loaded;
    expect(event.framework.id).to.equal('des-hr');
    expect(host.status).to.equal('ready');
    await host.updateComplete;
    // The same live region stays, emptied: the next load's message will be announced.
    expect(byRole(host, 'status')).to.equal(status);
    expect(status.textContent!.trim()).to.equal('');
    const ladder = host.querySelector('cf-level-ladder')!;
    await until(() => shadowText(ladder).includes('Resourcing'), 'the ladder to render from context');
    expect(host.shadowRoot!.children).to.have.length(1);
    expect(host.shadowRoot!.firstElementChild!.getAttribute('part')).to.equal('base');
    await expect(host).to.be.accessible();
  });

  it('shows the elements inside before they render the framework: a chart is drawn once, at its own width', async () => {
    const host = await fixture<CfFramework>(
      html`<div style="width: 720px">
        <cf-framework><cf-gap-chart role-id="hr-business-partner"></cf-gap-chart></cf-framework>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('cf-framework')!);
    const chart = host.querySelector('cf-gap-chart')!;
    // Every width the chart was drawn at, as each update finishes: a second width is a redraw the page would see move.
    const widths: string[] = [];
    const loaded = nextEvent(host, 'cf-framework-load');
    host.src = fixtureUrl('des-hr');
    await loaded;
    // Ten frames: a width measured late redraws in the frame after the browser reports it.
    for (let frames = 0; frames < 10; frames++) {
      await chart.updateComplete;
      const drawn = chart.shadowRoot!.querySelector('svg[role="img"]')?.getAttribute('width');
      if (drawn && drawn !== widths.at(-1)) widths.push(drawn);
      await new Promise(requestAnimationFrame);
    }
    expect(widths).to.have.length(1);
  });

  it('reports a missing file in the page’s language and fires cf-framework-error', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="cy"><cf-framework></cf-framework></div>`);
    const host = wrapper.querySelector('cf-framework')!;
    const failed = nextEvent(host, 'cf-framework-error');
    host.src = fixtureUrl('does-not-exist');
    const event = await failed;
    expect(event.issues[0]!.key).to.equal('input.fetch');
    await reported(host);
    expect(shadowText(host)).to.include('Mae problem gyda’r fframwaith');
    expect(shadowText(host)).to.include('cafwyd ymateb 404 gan y gweinydd');
    expect(byRole(host, 'alert')).to.not.equal(null);
    await expect(host).to.be.accessible();
  });

  it('validates a framework given as a property, lists what is wrong and where, and fires no event', async () => {
    const broken = { ...(await loadFixture('sample-bilingual')), skills: [{ id: 'Bad Id', name: 5, levels: {} }] };
    const host = await fixture<CfFramework>(html`<cf-framework></cf-framework>`);
    const events: string[] = [];
    for (const type of ['cf-framework-load', 'cf-framework-error']) host.addEventListener(type, () => events.push(type));
    host.framework = broken;
    await host.updateComplete;
    expect(host.status).to.equal('error');
    expect(host.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['skills.0.id', 'skills.0.name']);
    expect(events).to.deep.equal([]);
    const text = shadowText(host);
    expect(text).to.include('2 problems were found');
    expect(text).to.include('At skills[0].id: Use lower-case letters');
    expect(text).to.include('At skills[0].name: This must be text or an object.');
    // No slot, so none of the page's content shows under a broken framework: the markup itself is checked.
    expect(host.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('switches from a fetched file to a property and back', async () => {
    const sample = await loadFixture('sample-bilingual');
    const host = await fixture<CfFramework>(html`<cf-framework src=${fixtureUrl('des-hr')}></cf-framework>`);
    await nextEvent(host, 'cf-framework-load');
    host.framework = sample;
    await host.updateComplete;
    expect(host.status).to.equal('ready');
    expect(host.value?.id).to.equal('sample-data-insight');
    host.framework = undefined;
    host.src = fixtureUrl('direct');
    expect((await nextEvent(host, 'cf-framework-load')).framework.id).to.equal('direct');
  });

  it('finishes loading when moved in the page mid-fetch, and clearing src clears the framework', async () => {
    const host = await fixture<CfFramework>(html`<cf-framework><cf-level-ladder skill="resourcing"></cf-level-ladder></cf-framework>`);
    const loaded = nextEvent(host, 'cf-framework-load');
    host.src = fixtureUrl('des-hr');
    await host.updateComplete;
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await loaded;
    expect(host.status).to.equal('ready');
    host.removeAttribute('src');
    await host.updateComplete;
    expect(host.status).to.equal('loading');
    expect(host.value).to.equal(undefined);
    expect(shadowText(host)).to.include('No framework to show');
  });

  it('reports invalid JSON with the parser’s detail', async () => {
    const url = URL.createObjectURL(new Blob(['{"schemaVersion": 1,'], { type: 'application/json' }));
    const host = await fixture<CfFramework>(html`<cf-framework></cf-framework>`);
    const failed = nextEvent(host, 'cf-framework-error');
    host.src = url;
    expect((await failed).issues[0]!.key).to.equal('input.json');
    await host.updateComplete;
    expect(shadowText(host)).to.include('In the file: The file is not valid JSON');
  });

  describe('with a format: files from other formats, imported on the way', () => {
    const importUrl = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).href;

    it('imports a spreadsheet CSV, provides it, and keeps the import report', async () => {
      const host = await fixture<CfFramework>(
        html`<cf-framework format="csv"><cf-level-ladder skill="coaching"></cf-level-ladder></cf-framework>`,
      );
      const loaded = nextEvent(host, 'cf-framework-load');
      host.src = importUrl('wide-semicolon.csv');
      const event = await loaded;
      expect(event.framework.skills.map((skill) => skill.id)).to.deep.equal(['coaching', 'workforce-planning', 'case-work']);
      expect(host.importIssues.map((issue) => issue.key)).to.include('cell.placeholder');
      expect(host.importIssues.every((issue) => issue.severity === 'warning')).to.equal(true);
      const ladder = host.querySelector('cf-level-ladder')!;
      await until(() => shadowText(ladder).includes('asks open questions'), 'the ladder to show the imported descriptors');
      await expect(host).to.be.accessible();
    });

    it('imports a CASE package', async () => {
      const host = await fixture<CfFramework>(html`<cf-framework format="case"></cf-framework>`);
      const loaded = nextEvent(host, 'cf-framework-load');
      host.src = importUrl('des-hr.case.json');
      expect((await loaded).framework.skills).to.have.length(9);
    });

    it('shows the import report, by row, in the page language when the file cannot be imported', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="cy"><cf-framework format="csv"></cf-framework></div>`);
      const host = wrapper.querySelector('cf-framework')!;
      const failed = nextEvent(host, 'cf-framework-error');
      host.src = importUrl('not-a-framework.csv');
      const event = await failed;
      expect(event.importIssues.map(({ key, at }) => [key, at.file, at.row])).to.deep.equal([['csv.noHeader', 'not-a-framework.csv', 1]]);
      await host.updateComplete;
      const text = shadowText(host);
      expect(text).to.include('Cafwyd 1 broblem');
      expect(text).to.include('not-a-framework.csv, rhes 1: Ni chafwyd rhes pennawd');
      expect(byRole(host, 'alert')).to.not.equal(null);
      await expect(host).to.be.accessible();
    });

    it('loads a file with warnings: the load event carries the report and the row counts, and no summary is shown', async () => {
      const host = await fixture<CfFramework>(
        html`<cf-framework format="csv"><cf-level-ladder skill="mapping"></cf-level-ladder></cf-framework>`,
      );
      const loaded = nextEvent(host, 'cf-framework-load');
      host.src = importUrl('broken-quote.csv');
      const event = await loaded;
      expect(event.importIssues.map(({ key, severity, at }) => [key, severity, at.row])).to.deep.equal([['csv.quotes', 'warning', 2]]);
      expect(event.rows).to.deep.equal([{ file: 'broken-quote.csv', unit: 'row', read: 1, placed: 0, partial: 1, leftOut: 0 }]);
      expect(host.importRows).to.deep.equal(event.rows);
      await host.updateComplete;
      expect(host.status).to.equal('ready');
      expect(maybeByRole(host, 'alert')).to.equal(null);
      expect(shadowText(host)).to.not.include('broken-quote.csv');
      const ladder = host.querySelector('cf-level-ladder')!;
      await until(() => shadowText(ladder).includes('never closed'), 'the ladder to show what the row held');
    });

    it('shows the report of the file it shows, when src changes while the first one loads', async () => {
      const host = await fixture<CfFramework>(html`<cf-framework format="csv"></cf-framework>`);
      const loaded = nextEvent(host, 'cf-framework-load');
      host.src = importUrl('broken-quote.csv');
      await host.updateComplete;
      host.src = importUrl('wide-semicolon.csv');
      await loaded;
      await host.updateComplete;
      expect(host.status).to.equal('ready');
      expect(host.importIssues.map((issue) => issue.at.file)).to.not.include('broken-quote.csv');
      expect(host.importIssues.some((issue) => issue.key === 'cell.placeholder')).to.equal(true);
    });

    it('names the formats it knows when given one it does not', async () => {
      const host = await fixture<CfFramework>(html`<cf-framework format="xlsx"></cf-framework>`);
      const failed = nextEvent(host, 'cf-framework-error');
      host.src = importUrl('wide-semicolon.csv');
      expect((await failed).importIssues[0]!.key).to.equal('import.format');
      await host.updateComplete;
      expect(shadowText(host)).to.include('Unknown format “xlsx”. Use one of: json, ddat, csv, document, direct, case.');
    });
  });
});

describe('cf-framework format, on a page that did not import the importer', () => {
  it('says the page needs career-framework-elements/importer, not that the file could not be loaded', async () => {
    registerImporter(undefined);
    try {
      const host = await fixture<CfFramework>(
        html`<cf-framework format="csv" src=${new URL('../fixtures/import/wide-semicolon.csv', import.meta.url).href}></cf-framework>`,
      );
      await until(() => host.status === 'error', 'the error status');
      expect(host.issues.map((issue) => issue.key)).to.deep.equal(['input.noImporter']);
      await host.updateComplete;
      expect(shadowText(host)).to.include('career-framework-elements/importer');
    } finally {
      registerImporter(importer);
    }
  });
});
