/**
 * 签章图片: the signature and seal image files the input names, each with the file the clerk added for it (picker or
 * drag and drop onto its row). Each file is judged as the CLI judges one (load/png.ts) before it is kept; kept files
 * stay in the browser's storage with the work, and go to the build worker by the names the input gives them.
 */
import { UserError } from '../diagnostics/finding.js';
import { checkImage } from '../load/png.js';
import { WEB_MESSAGES as M } from './messages.js';
import type { NamedImage } from './protocol.js';
import { clearImages, loadImages, saveImages } from './storage.js';
import { mapList } from '../mapList.js';

export class ImagePanel {
  private images: Record<string, Uint8Array> = {};
  private named: NamedImage[] = [];
  /** The last file refused, by the name it was for: said in its row until the next try. */
  private refused = new Map<string, string>();

  constructor(
    private readonly section: HTMLElement,
    /** The kept files changed: the worker gets them and the page rebuilds. */
    private readonly onChange: (images: Record<string, Uint8Array>) => void,
  ) {}

  /** The files kept from an earlier visit. */
  async load(): Promise<Record<string, Uint8Array>> {
    this.images = await loadImages();
    return this.images;
  }

  /** 新建: no files kept (the page hands the worker none, then builds the blank input). */
  async clear(): Promise<Record<string, Uint8Array>> {
    this.images = {};
    this.refused.clear();
    await clearImages();
    return this.images;
  }

  /** The images the input now names: one row each. */
  show(named: NamedImage[]): void {
    this.named = named;
    this.section.hidden = named.length === 0;
    this.section.querySelector('ul')!.replaceChildren(...mapList(named, (image) => this.row(image)));
  }

  /** A PNG dropped or opened anywhere on the page: kept if its file name is one the input names. */
  async addByFileName(file: File): Promise<boolean> {
    const image = this.named.find((n) => baseName(n.name) === file.name);
    if (image) await this.add(image.name, file);
    return Boolean(image);
  }

  private async add(name: string, file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      checkImage(bytes, file.name);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      this.refused.set(name, e.message);
      return this.show(this.named);
    }
    this.refused.delete(name);
    this.images = { ...this.images, [name]: bytes };
    await saveImages(this.images);
    this.show(this.named);
    this.onChange(this.images);
  }

  private async remove(name: string): Promise<void> {
    const { [name]: _, ...rest } = this.images;
    this.images = rest;
    await saveImages(this.images);
    this.show(this.named);
    this.onChange(this.images);
  }

  private row(image: NamedImage): HTMLLIElement {
    const li = document.createElement('li');
    const added = Boolean(this.images[image.name]);
    li.className = added ? 'added' : 'missing';
    li.dataset.path = image.path;
    const field = Object.assign(document.createElement('span'), { className: 'field', textContent: image.field });
    const name = Object.assign(document.createElement('code'), { textContent: image.name });
    const state = Object.assign(document.createElement('span'), { className: 'state', textContent: added ? M.imageAdded : M.imageMissing });
    const picker = document.createElement('label');
    picker.className = 'button';
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.png,image/png', hidden: true });
    input.setAttribute('aria-label', `${image.field} ${image.name}`);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.add(image.name, file);
    });
    picker.append(M.imageChoose, input);
    li.append(field, name, state, picker);
    if (added) {
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: M.imageRemove });
      remove.addEventListener('click', () => void this.remove(image.name));
      li.append(remove);
    }
    const refused = this.refused.get(image.name);
    if (refused) li.append(Object.assign(document.createElement('div'), { className: 'refused', textContent: refused }));
    // A file dropped on the row is this image, not a data file to open.
    li.addEventListener('dragover', (e) => e.preventDefault());
    li.addEventListener('drop', (e) => {
      e.preventDefault();
      e.stopPropagation();
      const file = e.dataTransfer?.files[0];
      if (file) void this.add(image.name, file);
    });
    return li;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
