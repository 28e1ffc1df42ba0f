import { define } from '../../shared/define.js';
import { CfRoleProfile } from './role-profile.js';

define('cf-role-profile', CfRoleProfile);

declare global {
  interface HTMLElementTagNameMap {
    'cf-role-profile': CfRoleProfile;
  }
}
