import { build } from 'esbuild';

/** `deboil/core` bundled for the browser as resolved from dir (the repository, or a folder it is installed in). */
export function bundleCore(dir: string, format: 'esm' | 'iife') {
  return build({
    stdin: { contents: "export { clean, cleanDocument } from 'deboil/core';", resolveDir: dir, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format,
    ...(format === 'iife' ? { globalName: 'deboil' } : {}),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}
