/**
 * Lets `<cf-framework format="csv|ddat|document|case">` import files in the page: the importers with their
 * parsers (papaparse, parse5) and the import report's messages. A page that loads only JSON never imports
 * this entry, so its bundle carries none of them whatever its bundler does. The CDN bundles need no such
 * step: they load the importer file beside them when a `format` asks for it.
 */
import * as importer from './elements/framework/framework-import.js';
import { registerImporter } from './elements/framework/load-importer.js';

registerImporter(importer);
