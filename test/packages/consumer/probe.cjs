// Runs inside the temporary consumer project: loads each entry the way a
// CommonJS user does, with this file's own `require`.
const { probeEntries } = require('./probe-entries.cjs')

probeEntries({
  resolve: (specifier) => require.resolve(specifier),
  loadModule: async (specifier) => {
    const module = require(specifier)
    return {
      module,
      shape: {
        require: typeof module,
        requireDefault: typeof module.default,
        requireDefaultIsItself: module.default === module,
      },
    }
  },
  loadJson: async (specifier) => ({ require: require(specifier) }),
  // `__esModule` is the interop marker bundlers add, not part of the API.
  hiddenNames: ['__esModule'],
})
