import type { LocalText } from '../common/i18n'
import type { NoticeType } from '../common/notice-types'
import type { Settings } from './settings'

/** How a callout of one type looks when the author gives no title. */
export interface CalloutLook {
  /** The type's title in the processor's locale. */
  title: LocalText
  /** Which icon to draw; `undefined` when `icons: false`. */
  icon: NoticeType | undefined
}

/** The title and icon of `type` (a known type, aliases resolved). */
export function calloutLook(settings: Settings, type: string): CalloutLook {
  const spec = settings.types.get(type)
  return {
    title: spec?.title ?? { value: type, custom: false },
    icon: settings.icons ? (spec?.icon ?? 'note') : undefined,
  }
}
