// The example's config without Healthmark (no remark plugin, no stylesheet),
// for `npm run build-time` to compare against.
import config from '../docusaurus.config.mjs'

const [[preset, options]] = config.presets

export default {
  ...config,
  presets: [
    [
      preset,
      {
        docs: { ...options.docs, remarkPlugins: [] },
        blog: { ...options.blog, remarkPlugins: [] },
        pages: { ...options.pages, remarkPlugins: [] },
        theme: {
          customCss: options.theme.customCss.filter((path) => !path.includes('healthmark')),
        },
      },
    ],
  ],
}
