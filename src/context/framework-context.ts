import { createContext } from '@lit/context';
import type { Framework } from '../core/schema/framework.js';

/** What `<cf-framework>` provides to the elements inside it. */
export interface FrameworkState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly framework?: Framework;
}

export const frameworkContext = createContext<FrameworkState>(Symbol('cf-framework'));
