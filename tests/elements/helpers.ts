import { fixture, type html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { parseFramework } from '../../src/core/parse.js';
// Skips, with their reasons, what an engine cannot run.
import './engine-gaps.js';

export const fixtureUrl = (name: string): string => new URL(`../fixtures/${name}.json`, import.meta.url).href;

/** A fixture, validated: tests use the same files as stories and the demo. */
export async function loadFixture(name: string): Promise<Framework> {
  const result = parseFramework(await (await fetch(fixtureUrl(name))).text());
  if (!result.ok) throw new Error(`fixture ${name} is invalid`);
  return result.value;
}

/** The sample assessments of a framework fixture (tests/fixtures/assessments/<name>.json), by name. */
export async function loadAssessments(name: string): Promise<Record<string, Assessment>> {
  return (await (await fetch(new URL(`../fixtures/assessments/${name}.json`, import.meta.url))).json()) as Record<string, Assessment>;
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadowAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Waits until a condition holds (for fetches and context updates), failing after a while. */
export async function until(condition: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The element's height as it is rendered now, then once the words `saved` (its first "saved at" line)
 * have come: the two are equal when the line's place was held from the start.
 */
export async function heightsAcrossFirstSave(element: LitElement, saved: string): Promise<[number, number]> {
  await element.updateComplete;
  const before = element.getBoundingClientRect().height;
  await until(() => shadowText(element).includes(saved), 'the draft to save', 3000);
  await element.updateComplete;
  return [before, element.getBoundingClientRect().height];
}

/** The next event of a type, typed from the global event map (our events augment it). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

/** Renders a template and returns the element with this tag in it (the template's root, or inside it), rendered. */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  template: ReturnType<typeof html>,
): Promise<HTMLElementTagNameMap[K]> {
  const host = await fixture<HTMLElement>(template);
  const element = (host.matches(tag) ? host : host.querySelector(tag)!) as HTMLElementTagNameMap[K];
  await (element as unknown as LitElement).updateComplete;
  return element;
}
