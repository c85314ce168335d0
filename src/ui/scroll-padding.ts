/**
 * A ref for the banner that keeps the page's `scroll-padding-bottom` equal to
 * the banner's height, so the browser never scrolls a focused element under
 * it (WCAG 2.4.11 Focus Not Obscured). Writing a CSSOM property is allowed by
 * a strict CSP, unlike a `style` attribute. The site's own value comes back
 * when the banner closes.
 */
export function reserveScrollPadding(root: HTMLElement): (banner: HTMLElement | null) => void {
  let observer: ResizeObserver | undefined
  let before = ''
  return (banner) => {
    observer?.disconnect()
    if (banner) {
      before = root.style.scrollPaddingBottom
      observer = new ResizeObserver(() => {
        root.style.scrollPaddingBottom = `${banner.offsetHeight}px`
      })
      observer.observe(banner)
    } else {
      root.style.scrollPaddingBottom = before
    }
  }
}
