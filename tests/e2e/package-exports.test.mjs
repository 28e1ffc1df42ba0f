// The built package as a Node user gets it: `./core` and `./i18n` load without a DOM.
// Run after `npm run build`: node --test tests/e2e/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('package exports in Node', () => {
  it('parses a framework with ./core and explains problems in Welsh with ./i18n', async () => {
    const { parseFramework } = await import('career-framework-elements/core');
    const { formatIssue } = await import('career-framework-elements/i18n');
    const des = readFileSync('tests/fixtures/des-hr.json', 'utf8');
    assert.equal(parseFramework(des).ok, true);
    const broken = parseFramework({ ...JSON.parse(des), id: 'DE&S' });
    assert.equal(broken.ok, false);
    assert.match(formatIssue(broken.issues[0], 'cy'), /^Yn id: Defnyddiwch lythrennau bach/);
  });

  it('imports a spreadsheet with ./io and reports it in Welsh with ./i18n/import-report', async () => {
    const { importFramework, exportFrameworkCsv } = await import('career-framework-elements/io');
    const { formatImportReport } = await import('career-framework-elements/i18n/import-report');
    const result = importFramework('csv', [{ text: readFileSync('tests/fixtures/import/wide-semicolon.csv', 'utf8'), name: 'hr.csv' }], {
      id: 'hr',
    });
    assert.equal(result.ok, true);
    assert.match(exportFrameworkCsv(result.framework), /^Id,Skill,Category,Description,Foundation,Practitioner,Expert\r\n/);
    assert.match(
      formatImportReport(result.issues, { name: 'hr.csv', verb: 'import', locale: 'cy' }),
      /^✓ hr\.csv: wedi’i fewnforio\. 0 gwall, 6 rhybudd/,
    );
  });

  it('loads the root without a DOM: classes and parsing, nothing registered', async () => {
    const root = await import('career-framework-elements');
    assert.equal(typeof root.CfGapChart, 'function');
    assert.equal(root.parseFramework(readFileSync('tests/fixtures/des-hr.json', 'utf8')).ok, true);
    assert.equal(globalThis.customElements?.get('cf-gap-chart'), undefined);
  });

  it('describes in custom-elements.json the elements only, at paths the package has', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const tags = manifest.modules.flatMap((module) =>
      module.declarations.filter((declaration) => declaration.tagName).map((declaration) => declaration.tagName),
    );
    assert.deepEqual(tags.sort(), [
      'cf-calibration',
      'cf-development-plan',
      'cf-framework',
      'cf-framework-changes',
      'cf-gap-chart',
      'cf-journey-map',
      'cf-level-ladder',
      'cf-progress',
      'cf-role-profile',
      'cf-self-assessment',
      'cf-team-heatmap',
    ]);
    const paths = new Set();
    JSON.stringify(manifest, (key, value) => (key === 'path' || key === 'module' ? (paths.add(value), value) : value));
    for (const path of paths) {
      assert.match(path, /^dist\/.*\.js$/, `${path}: not a file the package ships`);
      assert.doesNotThrow(() => readFileSync(path), `${path} is missing after the build`);
    }
  });

  it('lists every runtime export file the package.json names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (name.includes('*')) continue;
      // A types-only entry (`./tags`, `./react`, ...) has no code: its declarations are what it ships.
      const file = typeof target === 'string' ? target : (target.default ?? target.types);
      assert.doesNotThrow(() => readFileSync(file), `${name} -> ${file} is missing after the build`);
    }
  });
});

describe('the package as hosts install and bundle it', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('packs only what it ships: the build, the host typings, the manifest, the readme, the changelog and the licence', () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const paths = files.map((file) => file.path);
    const outside = paths.filter(
      (path) => !/^(dist\/|hosts\/[a-z]+\.d\.ts$|custom-elements\.json$|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(path),
    );
    assert.deepEqual(outside, []);
    for (const needed of [
      'dist/index.js',
      'dist/define.js',
      'dist/importer.js',
      'dist/cdn/career-framework-elements.js',
      'custom-elements.json',
    ])
      assert.ok(paths.includes(needed), `${needed} is not packed`);
    assert.equal(paths.filter((path) => path.endsWith('.map') && path.startsWith('dist/cdn/')).length, 0, 'no CDN source maps');
  });

  it('declares every package its declarations import, so a strict install (pnpm) type-checks', () => {
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const imported = new Set();
    const walk = (folder) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.d.ts'))
          for (const [, name] of readFileSync(path, 'utf8').matchAll(/(?:from\s+|import\()\s*['"]((?:@[^/'"]+\/)?[^./'"][^/'"]*)/g))
            imported.add(name);
      }
    };
    walk('dist');
    assert.deepEqual(
      [...imported].filter((name) => !declared.has(name)),
      [],
    );
  });

  it('bundles /define with esbuild, without code splitting, warning-free and with none of the importer’s parsers', async () => {
    const { build } = await import('esbuild');
    const bundle = (entry) =>
      build({
        stdin: { contents: entry, resolveDir: process.cwd() },
        bundle: true,
        write: false,
        format: 'esm',
        logLevel: 'silent',
        metafile: true,
      });
    const plain = await bundle(`import 'career-framework-elements/define';`);
    assert.deepEqual(
      plain.warnings.map((warning) => warning.text),
      [],
    );
    const inputs = Object.keys(plain.metafile.inputs);
    assert.deepEqual(
      inputs.filter((input) => /papaparse|parse5|framework-import/.test(input)),
      [],
    );
    const importing = await bundle(`import 'career-framework-elements/define'; import 'career-framework-elements/importer';`);
    assert.deepEqual(
      importing.warnings.map((warning) => warning.text),
      [],
    );
    assert.ok(
      Object.keys(importing.metafile.inputs).some((input) => input.includes('papaparse')),
      'the importer entry brings the parsers',
    );
  });

  it('passes publint and, as an ES-module package, Are the Types Wrong', () => {
    const publint = execFileSync('npx', ['publint', '--strict'], { encoding: 'utf8' });
    assert.match(publint, /All good!/);
    // Node 10 and require() resolution are out of scope: the package is ES modules only, by design.
    execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { encoding: 'utf8', stdio: 'pipe' });
  });
});
