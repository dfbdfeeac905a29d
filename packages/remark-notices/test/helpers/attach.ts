import remarkParse from 'remark-parse'
import { unified } from 'unified'
import remarkNotices, { NoticeOptionsError, type Options } from '../../src/index'

/** Attach the plugin with options and return the error it throws; fail if it throws none. */
export function attachError(options: unknown): NoticeOptionsError {
  try {
    unified()
      .use(remarkParse)
      .use(remarkNotices, options as Options)
      .freeze()
  } catch (error) {
    if (error instanceof NoticeOptionsError) return error
    throw error
  }
  throw new Error('expected the options to be refused')
}
