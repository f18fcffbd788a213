// Network services (no DOM rendering). Elements reach them through the platform layer.
export * from './company-search/index.js';
