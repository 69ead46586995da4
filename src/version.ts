/** The tool's version, stamped into manifests and PDF metadata. Keep in step with package.json. */
export const VERSION = '0.1.0';
