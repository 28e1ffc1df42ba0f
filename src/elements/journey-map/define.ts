// A chosen role's profile is shown by cf-role-profile: register it with the map.
import '../role-profile/define.js';
import { define } from '../../shared/define.js';
import { CfJourneyMap } from './journey-map.js';

define('cf-journey-map', CfJourneyMap);

declare global {
  interface HTMLElementTagNameMap {
    'cf-journey-map': CfJourneyMap;
  }
}
