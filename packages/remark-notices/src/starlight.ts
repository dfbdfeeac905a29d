// `@healthmark/remark-notices/starlight`: the plugin as a Starlight plugin,
// so a Starlight site adds one line instead of wiring an Astro integration.
//
// Why a Starlight plugin: Starlight appends remark-directive and its asides
// after the site's `markdown.remarkPlugins`, and turns unhandled `::name`
// directives back into text in an integration that runs after the ones its
// plugins add. A remark plugin added by a Starlight plugin's integration
// runs between the two: Starlight's `:::note` … `:::danger` are already its
// asides, and `::health-tip` is still a directive.
//
// Starlight is not a dependency: the types below describe only what is used.
import { resolveOptions } from './options/resolve'
import type { Options } from './options/types'
import remarkNotices from './plugin'

/** The stylesheet, resolved by Vite from the site like any `customCss` package entry. */
const STYLES = '@healthmark/remark-notices/styles.css'

/** The Astro integration the plugin adds (only the hook it uses). */
export interface HealthmarkIntegration {
  name: string
  hooks: {
    'astro:config:setup': (params: {
      updateConfig: (config: {
        markdown: { remarkPlugins: Array<[typeof remarkNotices, Options]> }
      }) => unknown
    }) => void
  }
}

/** What Starlight hands a plugin's `config:setup` hook (only the parts used). */
export interface StarlightSetup {
  config: { customCss?: string[] | undefined }
  updateConfig: (config: { customCss: string[] }) => void
  addIntegration: (integration: HealthmarkIntegration) => void
}

/** A Starlight plugin, for `starlight({ plugins: [starlightHealthmark(options)] })`. */
export interface HealthmarkStarlightPlugin {
  name: string
  hooks: { 'config:setup': (setup: StarlightSetup) => void }
}

export type { Options } from './options/types'

/**
 * Healthmark for Starlight: `remarkNotices` with `options`, run after
 * Starlight's asides, and the stylesheet added to `customCss`.
 *
 * @throws {NoticeOptionsError} when an option is wrong, as the config loads.
 */
export default function starlightHealthmark(
  options?: Options | null | undefined,
): HealthmarkStarlightPlugin {
  // Validate now, so a typo fails as the config loads, not at the first page.
  resolveOptions(options)
  const settings: Options = options ?? {}
  return {
    name: '@healthmark/remark-notices/starlight',
    hooks: {
      'config:setup'({ config, updateConfig, addIntegration }) {
        updateConfig({ customCss: [...(config.customCss ?? []), STYLES] })
        addIntegration({
          name: '@healthmark/remark-notices',
          hooks: {
            'astro:config:setup'({ updateConfig }) {
              updateConfig({ markdown: { remarkPlugins: [[remarkNotices, settings]] } })
            },
          },
        })
      },
    },
  }
}
