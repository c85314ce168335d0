/** @jsxRuntime classic */
/** @jsx h */
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import type { Ui } from './ui'

/**
 * The decision buttons. Refusing must be exactly as easy and as visible as
 * accepting (EDPB 03/2022, Dutch DPA), so all of them share one class: same
 * size, weight, font and colours, no nudging.
 */
export function Buttons({ ui, save }: { ui: Ui; save?: () => void }) {
  const { host, t, decide } = ui
  return (
    <div class="k">
      <button type="button" class="btn" data-koekje-action="accept-all" onClick={() => decide(host.api.acceptAll)}>
        {t('acceptAll')}
      </button>
      <button type="button" class="btn" data-koekje-action="reject-all" onClick={() => decide(host.api.rejectAll)}>
        {t('rejectAll')}
      </button>
      {save ? (
        <button type="button" class="btn" data-koekje-action="save" onClick={() => decide(save)}>
          {t('save')}
        </button>
      ) : (
        <button
          type="button"
          class="btn"
          data-koekje-action="preferences"
          onClick={() => host.$view.set('preferences')}
        >
          {t('settings')}
        </button>
      )}
    </div>
  )
}
