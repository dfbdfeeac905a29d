import { packageTestConfig } from '../../vitest.shared.ts'

// The real-world corpus meets its targets and runs with every `npm test`.
export default packageTestConfig()
