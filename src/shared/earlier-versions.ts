import type { ReactiveControllerHost } from 'lit';
import { parseFrameworkOnce } from '../core/parse.js';
import type { Framework } from '../core/schema/framework.js';
import { loadMigration } from './load-migration.js';

type Migrations = Awaited<ReturnType<typeof loadMigration>>;

/**
 * What an element given `earlierVersions` needs to carry a person's answers or plan across: the earlier
 * version something was made against, and the migrations, loaded the first time they are needed
 * (most pages never meet an earlier version). The host renders again once they are loaded.
 */
export class EarlierVersions {
  #migrations?: Migrations;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly given: () => readonly unknown[] | undefined,
  ) {}

  /** The earlier version (one the host gave, valid) that `made` names; undefined for the version in use. */
  earlierFor(made: { readonly id: string; readonly version: string }, framework: Framework): Framework | undefined {
    if (made.id === framework.id && made.version === framework.version) return undefined;
    for (const given of this.given() ?? []) {
      const read = parseFrameworkOnce(given);
      if (read.ok && read.value.id === made.id && read.value.version === made.version) return read.value;
    }
    return undefined;
  }

  /** The migrations once loaded; until then undefined, and loading starts. */
  migrations(): Migrations | undefined {
    if (!this.#migrations && !this.#loading) {
      this.#loading = true;
      void loadMigration().then((loaded) => {
        this.#migrations = loaded;
        this.host.requestUpdate();
      });
    }
    return this.#migrations;
  }
}
