import { define } from '../../shared/define.js';
import { CfRoleProfile } from './role-profile.js';

define('cf-role-profile', CfRoleProfile);

// The tag map (src/tags.ts), with the registration.
export type {} from '../../tags.js';
