import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.shared'

export default defineConfig({
  ...packageBuild,
  entry: ['src/index.ts'],
  // The stylesheet is plain CSS with no build step: ship it as written.
  async onSuccess() {
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
