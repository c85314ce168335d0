/**
 * A ref for the banner that keeps the page usable around it (WCAG 2.4.11
 * Focus Not Obscured) without moving anything (no layout shift):
 * - the page's `scroll-padding-bottom` follows the banner's height, so the
 *   browser scrolls a focused element above the banner, not under it;
 * - the widget's own host element, last in `<body>`, grows as tall as the
 *   banner, so even the page's last links (the footer) can scroll clear of it.
 * Both are CSSOM writes, which a strict CSP allows, unlike `style` attributes.
 * The site's own scroll padding comes back when the banner closes.
 */
export function keepRoomForBanner(root: HTMLElement, spacer: HTMLElement): (banner: HTMLElement | null) => void {
  let observer: ResizeObserver | undefined
  let before = ''
  return (banner) => {
    observer?.disconnect()
    if (banner) {
      before = root.style.scrollPaddingBottom
      observer = new ResizeObserver(() => {
        root.style.scrollPaddingBottom = spacer.style.height = `${banner.offsetHeight}px`
      })
      observer.observe(banner)
    } else {
      root.style.scrollPaddingBottom = before
      spacer.style.height = ''
    }
  }
}
