import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Text files worth compressing; images, fonts and the like are compressed already or not text. */
const TEXT = /\.(js|mjs|css|html|svg|json|txt|xml|map|webmanifest)$/;
/** Below this the headers outweigh what compression saves. */
const MIN_BYTES = 512;

/**
 * After the build, writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next
 * to every text file in the output directory, so the server sends them without compressing on
 * each request (apps/server/src/core/http/static-assets.ts). A variant that would not be
 * smaller than the original is not written; the server then sends the original.
 */
export function precompress(): Plugin {
  let outDir = '';
  let log: (message: string) => void = () => {};
  return {
    name: 'panorama:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    async closeBundle() {
      const files = (await fs.readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && TEXT.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name));
      let count = 0;
      let before = 0;
      let after = 0;
      await Promise.all(
        files.map(async (file) => {
          const data = await fs.readFile(file);
          if (data.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gzip(data, { level: 9 }),
          ]);
          if (br.length < data.length) await fs.writeFile(`${file}.br`, br);
          if (gz.length < data.length) await fs.writeFile(`${file}.gz`, gz);
          count += 1;
          before += data.length;
          after += Math.min(br.length, data.length);
        }),
      );
      log(`precompressed ${count} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB as brotli`);
    },
  };
}
