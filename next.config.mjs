// NIANBAO_BASE_PATH=/nianbao npm run build: for an app served from a folder of a web server
// rather than from the root of a host.
import { basePath } from './scripts/base-path.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath: basePath || undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // NIANBAO_SOURCE_MAPS=1: source maps for `node scripts/chunks.mjs` (which module weighs what).
  productionBrowserSourceMaps: process.env.NIANBAO_SOURCE_MAPS === '1',
};

export default nextConfig;
