import { resources } from '../resources.js';

/** A template file's text and its name for messages, from whatever provides the resources (disk, the site's folder). */
export function readTemplateFile(name: string): { file: string; source: string } {
  return resources().template(name);
}
