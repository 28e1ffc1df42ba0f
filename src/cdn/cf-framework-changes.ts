// One element for a page that needs only it, with <cf-framework> to load its framework.
import '../elements/framework/define.js';
import '../elements/framework-changes/define.js';
