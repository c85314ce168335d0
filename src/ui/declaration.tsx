/** @jsxRuntime classic */
/** @jsx h */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import { cookieName } from './cookie-text'
import { link } from './safe-link'
import type { Ui } from './ui'

/**
 * The cookie declaration for the site's cookie page, straight from the
 * catalogue so it can never drift from what the widget blocks. Rendered in the
 * page's own DOM so the site's table styles apply; `koekje-` classes give it
 * hooks without clashing.
 */
export const declaration = ({ t, l, host, lang }: Ui) => {
  const { categories, services } = host.catalogue
  return (
    <div class="koekje-declaration" lang={lang}>
      {categories.map(({ id, title, description }) => {
        const rows = services.filter((s) => s.category === id)
        return (
          <section class="koekje-category">
            <h3 id={`koekje-${id}`}>{l(title)}</h3>
            <p>{l(description)}</p>
            {rows[0] && (
              <table class="koekje-table" aria-labelledby={`koekje-${id}`}>
                <thead>
                  <tr>
                    {(['service', 'cookies', 'purpose', 'retention', 'moreInfo'] as const).map((key) => (
                      <th scope="col">{t(key)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((s) => (
                    <tr>
                      <td>
                        {s.name}
                        {s.provider && <div>{s.provider}</div>}
                      </td>
                      <td>
                        {s.cookies.map((c) => (
                          <div>{cookieName(c)}</div>
                        ))}
                      </td>
                      <td>{l(s.purpose)}</td>
                      <td>
                        {s.cookies.map((c) => (
                          <div>{l(c.retention) || '–'}</div>
                        ))}
                      </td>
                      <td>{s.url && link(s.url, t('moreInfo'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )
      })}
    </div>
  )
}
