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
  // Each page's own scripts in one chunk: webpack's default groups split the modules two pages
  // share into chunks of their own (表三 loaded ten scripts), which costs a request each and gzips
  // worse than one file (表三 174.6 → 172.9 KB, the import page 205.4 → 200.0). The framework
  // chunks stay Next's, and the chunks loaded later with import() still share their modules.
  webpack(config, { isServer, dev }) {
    if (!isServer && !dev && config.optimization?.splitChunks) {
      const split = config.optimization.splitChunks;
      split.cacheGroups = {
        ...split.cacheGroups,
        default: { chunks: 'async', minChunks: 2, priority: -20, reuseExistingChunk: true },
        defaultVendors: { chunks: 'async', test: /[\\/]node_modules[\\/]/, priority: -10, reuseExistingChunk: true },
      };
    }
    return config;
  },
};

export default nextConfig;
