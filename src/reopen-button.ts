/**
 * The small, always-reachable way back to the preferences after a decision:
 * withdrawing must be as easy as consenting. It ships in the core (repeat
 * page views show it), so it is plain DOM, not Preact. A shadow root keeps
 * the site's CSS out; a constructable stylesheet passes a strict CSP; colours
 * follow the widget's custom properties, set on the site's :root.
 */
const CSS =
  'button{position:fixed;bottom:12px;left:12px;z-index:2147483000;min-height:32px;padding:6px 12px;' +
  'font:13px/1.2 var(--koekje-font,system-ui,sans-serif);color:var(--koekje-fg,#1a1a1a);' +
  'background:var(--koekje-bg,#fff);border:1px solid currentColor;border-radius:var(--koekje-radius,16px);cursor:pointer}' +
  '.right{left:auto;right:12px}button:focus-visible{outline:3px solid var(--koekje-accent,#1a56db);outline-offset:2px}' +
  '@media(prefers-color-scheme:dark){button{color:var(--koekje-fg,#f2f2f2);background:var(--koekje-bg,#1f1f1f)}}'

export const showReopenButton = (
  doc: Document,
  label: string,
  position: 'left' | 'right',
  onClick: () => void,
): void => {
  if (doc.getElementById('koekje-reopen')) return
  const host = doc.createElement('div')
  host.id = 'koekje-reopen'
  const root = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(CSS)
  root.adoptedStyleSheets = [sheet]
  const button = doc.createElement('button')
  button.type = 'button'
  // The visible text is the accessible name: what a speech user says is what they see.
  button.textContent = label
  button.className = position
  button.onclick = onClick
  root.append(button)
  doc.body.append(host)
}
