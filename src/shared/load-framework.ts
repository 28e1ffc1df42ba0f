import { error, type ParseResult } from '../core/issues.js';
import { parseFramework } from '../core/parse.js';
import type { Framework } from '../core/schema/framework.js';

/**
 * Fetches a framework file and reads it (`read`: JSON validation by default, or an import): the outcome,
 * with a failed request or an unreachable address as a located issue; undefined when `signal` stopped it.
 * Shared by `<cf-framework src>` and `<cf-framework-changes previous-src>`.
 */
export async function loadFramework(
  src: string,
  signal: AbortSignal,
  read: (text: string) => ParseResult<Framework> | Promise<ParseResult<Framework>> = parseFramework,
  accept = 'application/json',
): Promise<ParseResult<Framework> | undefined> {
  let outcome: ParseResult<Framework>;
  try {
    const response = await fetch(src, { signal, headers: { accept } });
    if (!response.ok) outcome = { ok: false, issues: [error('input.fetch', [], { url: src, status: response.status })] };
    else outcome = await read(await response.text());
  } catch {
    if (signal.aborted) return undefined;
    outcome = { ok: false, issues: [error('input.network', [], { url: src })] };
  }
  return signal.aborted ? undefined : outcome;
}
