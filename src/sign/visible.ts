import { formatChineseDate } from '../compose/format.js';
import { Labels } from '../compose/labels.js';
import { UserError } from '../diagnostics/finding.js';
import type { ManifestEntry } from '../write/index.js';
import { Appearance } from './appearance.js';
import { SIGN_MESSAGES as M } from './messages.js';
import { certificateInfo } from './certificate.js';
import type { Widget } from './placeholder.js';
import type { Signer } from './signer.js';
import { commonName } from './target.js';

/**
 * The widget of a visible signature, at the place the build recorded in the manifest: the seal on a form, the
 * principal's signature on the narrative's cover. It shows the image the build drew there (seal or signature,
 * when the input has one) and the lines of `signature.appearance` in templates/labels.yaml: the signer and the
 * date. A file has one signature and so one widget: the combined file shows it at its first place (the cover).
 * A document without places (a correction notice) gets an invisible signature.
 */
export function visibleWidget(signer: Signer, time: Date): (pdf: Buffer, entry: ManifestEntry | undefined, path: string) => Widget | undefined {
  const name = commonName(certificateInfo(signer.certificates[0]).subject);
  const date = formatChineseDate(time.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
  const appearance = new Appearance(Labels.load().list('signature.appearance', { name, date }));
  return (_pdf, entry, path) => {
    if (!entry) throw new UserError(M.noPlaces(path));
    const place = entry.signaturePlaces?.[0];
    if (!place) return undefined;
    return {
      page: place.page,
      rect: place.rect,
      appearance: (add, w, h, pageImage) => {
        const ref = place.image && pageImage(place.image.name);
        return appearance.draw(add, w, h, ref ? { ref, width: place.image!.width, height: place.image!.height } : undefined);
      },
    };
  };
}
