import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // the configurator and the built bundle it loads, published beside the stories (needs `npm run build` first)
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../dist', to: '/dist' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
