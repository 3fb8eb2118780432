// The 图解 as PNG on the command line: the SVG rasterised by resvg (Rust, a prebuilt binary for
// each platform in the npm package, no system library) at its own size, 1080 px wide. Text is
// set in the installed Noto Sans CJK (Debian's fonts-noto-cjk) where it is, else in the system's
// fonts by the SVG's own list of faces (微软雅黑, 黑体, PingFang on other machines).
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { INFOGRAPHIC_FONTS } from './measure';

/** Where Debian, Fedora and Arch put Noto Sans CJK. */
const NOTO_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto-cjk'];

export function infographicPng(svg: string): Uint8Array {
  const fontDirs = NOTO_DIRS.filter((dir) => existsSync(dir));
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    // System fonts only where no Noto folder is found: scanning them all takes seconds.
    font: { fontDirs, loadSystemFonts: fontDirs.length === 0, defaultFontFamily: INFOGRAPHIC_FONTS[0], sansSerifFamily: INFOGRAPHIC_FONTS[0] },
  });
  return resvg.render().asPng();
}

/** The width and height a PNG says it has (its IHDR), or null for what is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
