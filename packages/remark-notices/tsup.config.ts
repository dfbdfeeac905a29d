import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/starlight.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  // The stylesheet is plain CSS with no build step: ship it as written.
  async onSuccess() {
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
