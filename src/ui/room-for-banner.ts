/**
 * A ref for the banner that sizes it and keeps the page usable around it (WCAG
 * 2.4.11 Focus Not Obscured) without moving anything (no layout shift):
 * - the banner takes at most half the screen, its text scrolling (BANNER_CSS),
 *   yet never less than its three choices need (`--k`): with large text on a
 *   phone they alone can take more than half, and they must stay in view;
 * - the page's `scroll-padding-bottom` follows the banner's height, so the
 *   browser scrolls a focused element above the banner, not under it;
 * - the widget's own host element, last in `<body>`, grows as tall as the
 *   banner, so even the page's last links (the footer) can scroll clear of it.
 * One observer, of the choices, does all three in the frame's rendering step,
 * before the first paint: the page's layout is done by then, so measuring
 * costs the banner's own layout only. It does not observe the banner itself,
 * whose height the same callback changes (Chromium would report that as a
 * "ResizeObserver loop" error); a resized window, which changes the half,
 * runs it too. All are CSSOM writes, which a strict CSP allows, unlike
 * `style` attributes. The site's own scroll padding comes back when the banner closes.
 */
export function keepRoomForBanner(root: HTMLElement, spacer: HTMLElement): (banner: HTMLElement | null) => void {
  let measure = (): void => {}
  const observer = new ResizeObserver(() => measure())
  addEventListener('resize', () => measure())
  let before = ''
  return (banner) => {
    observer.disconnect()
    if (banner) {
      before = root.style.scrollPaddingBottom
      const choices = banner.querySelector<HTMLElement>('.k')!
      measure = () => {
        banner.style.setProperty('--k', `${choices.offsetHeight}px`)
        banner.classList.add('m')
        root.style.scrollPaddingBottom = spacer.style.height = `${banner.offsetHeight}px`
      }
      observer.observe(choices)
    } else {
      measure = () => {}
      root.style.scrollPaddingBottom = before
      spacer.style.height = ''
    }
  }
}
