/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { Fragment, h } from 'preact'
import type { Category, Choice } from '../types'
import { switchIds } from './choice'
import { cookieName } from './cookie-text'
import { link } from './safe-link'
import { toggle } from './toggle'
import type { Ui } from './ui'

/** One purpose with its switch and, folded away, its services with theirs. */
export const category = (ui: Ui, { id, required, title, description }: Category, draft: Choice) => {
  const { t, l, host, setDraft } = ui
  const { catalogue } = host
  const services = catalogue.services.filter((s) => s.category === id)
  const serviceIds = services.map((s) => s.id)
  return (
    <section class="c">
      {toggle(
        'sw',
        <>
          <h3>
            <label for={`k-c-${id}`}>{l(title)}</label>
          </h3>
          {required && <span>{t('alwaysOn')}</span>}
        </>,
        {
          id: `k-c-${id}`,
          'data-koekje-category': id,
          checked: required || draft.categories.includes(id),
          disabled: required,
        },
        // A category switch carries its services along.
        (on) => setDraft(switchIds(draft, [id], serviceIds, on)),
      )}
      <p>{l(description)}</p>
      {services[0] && (
        <details>
          <summary>
            {t('services')} ({services.length})
          </summary>
          {services.map((service) => (
            <div class="s">
              {toggle(
                'sw',
                <label for={`k-s-${service.id}`}>{service.name}</label>,
                {
                  id: `k-s-${service.id}`,
                  'data-koekje-service': service.id,
                  checked: required || draft.services.includes(service.id),
                  disabled: required,
                },
                // A service switched on brings its category, or it would still be blocked.
                (on) => setDraft(switchIds(draft, on ? [id] : [], [service.id], on)),
              )}
              <dl>
                <dt>{t('purpose')}</dt>
                <dd>{l(service.purpose)}</dd>
                {service.provider && (
                  <>
                    <dt>{t('provider')}</dt>
                    <dd>{service.provider}</dd>
                  </>
                )}
                {service.cookies[0] && (
                  <>
                    <dt>{t('cookies')}</dt>
                    <dd>
                      {service.cookies
                        .map((c) => (c.retention ? `${cookieName(c)}: ${l(c.retention)}` : cookieName(c)))
                        .join(', ')}
                    </dd>
                  </>
                )}
              </dl>
              {service.url && link(service.url, t('moreInfo'))}
            </div>
          ))}
        </details>
      )}
    </section>
  )
}
