/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { Fragment, h } from 'preact'
import type { Category as CategoryData, Choice, Service } from '../types'
import { switchCategory, switchService } from './choice'
import { cookieName } from './cookie-text'
import { Link } from './safe-link'
import type { Ui } from './ui'

interface Props {
  ui: Ui
  category: CategoryData
  draft: Choice
}

/** One purpose with its switch and, folded away, its services with theirs. */
export function Category({ ui, category, draft }: Props) {
  const { t, l, host } = ui
  const { id, required } = category
  const services = host.catalogue.services.filter((s) => s.category === id)
  return (
    <section class="c">
      <div class="sw">
        <h3>
          <label for={`k-c-${id}`}>{l(category.title)}</label>
        </h3>
        {required && <span>{t('alwaysOn')}</span>}
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox already exposes its checked state
          role="switch"
          id={`k-c-${id}`}
          data-koekje-category={id}
          checked={required || draft.categories.includes(id)}
          disabled={required}
          onChange={(e) => ui.setDraft(switchCategory(host.catalogue, draft, id, e.currentTarget.checked))}
        />
      </div>
      <p>{l(category.description)}</p>
      {services.length > 0 && (
        <details>
          <summary>
            {t('services')} ({services.length})
          </summary>
          {services.map((s) => (
            <ServiceInfo key={s.id} ui={ui} service={s} draft={draft} required={required} />
          ))}
        </details>
      )}
    </section>
  )
}

function ServiceInfo({
  ui,
  service,
  draft,
  required,
}: {
  ui: Ui
  service: Service
  draft: Choice
  required?: boolean
}) {
  const { t, l, host } = ui
  const { id } = service
  return (
    <div class="s">
      <div class="sw">
        <label for={`k-s-${id}`}>{service.name}</label>
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox already exposes its checked state
          role="switch"
          id={`k-s-${id}`}
          data-koekje-service={id}
          checked={required || draft.services.includes(id)}
          disabled={required}
          onChange={(e) => ui.setDraft(switchService(host.catalogue, draft, id, e.currentTarget.checked))}
        />
      </div>
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
      {service.url && <Link href={service.url}>{t('moreInfo')}</Link>}
    </div>
  )
}
