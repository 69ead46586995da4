import { describe, expect, it } from 'vitest';
import { anchorImagePaths } from '../../src/load/index.js';

describe('anchorImagePaths', () => {
  it('finds signature and seal images beside the input file, not in the current directory', () => {
    const data = { contacts: { images: { seal: 'images/seal.png', preparer: '/abs/sign.png', unitHead: '  ' } } };
    anchorImagePaths(data, '/data/units/hengyang.json');
    expect(data.contacts.images).toEqual({ seal: '/data/units/images/seal.png', preparer: '/abs/sign.png', unitHead: '  ' });
  });

  it('leaves input without images alone', () => {
    expect(anchorImagePaths({ contacts: {} }, 'x.json')).toEqual({ contacts: {} });
    expect(anchorImagePaths(null, 'x.json')).toBeNull();
  });
});
