// The folder of the web server the app is served from, '' at the root of a host:
// NIANBAO_BASE_PATH=/nianbao at build time. Read by next.config.mjs, write-sw.mjs and serve.mjs.
export const basePath = (process.env.NIANBAO_BASE_PATH ?? '').replace(/\/$/, '');
