// One page per widget, all from bench/page.html: the same body, the same five
// trackers, only the widget's own tags differ. Returns the server's routes.
import { readFileSync } from 'node:fs'

const TEMPLATE = readFileSync(new URL('../../bench/page.html', import.meta.url), 'utf8')

export const pagePath = (widget) => `/${widget.id}/`
const assetBase = (widget) => `/${widget.id}/assets/`

const pageFor = (widget) =>
  TEMPLATE.replace('<!-- widget:head -->', widget.head(assetBase(widget)))
    .replace('<!-- widget:trackers -->', widget.trackers)
    .replace('<!-- widget:body-end -->', widget.bodyEnd(assetBase(widget)))
    .replace('<!-- widget:settings-link -->', widget.settingsLink ? ` · ${widget.settingsLink}` : '')

/** URL path → route for the server: each page at /<id>/, its files under /<id>/assets/. */
export const routesFor = (widgets) => {
  const routes = new Map()
  for (const widget of widgets) {
    routes.set(pagePath(widget), { content: pageFor(widget), widget: widget.id, role: 'page' })
    for (const [name, file] of Object.entries(widget.files)) {
      routes.set(`${assetBase(widget)}${name}`, { ...file, widget: widget.id })
    }
  }
  return routes
}
