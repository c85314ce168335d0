// Preview the banner in another language: /?lang=en sets <html lang>, which Koekje follows.
// An external file, so it also runs under ?csp=strict. ES5, like the rest of the demo's own scripts.
;(() => {
  var match = /[?&]lang=([a-z]{2})\b/.exec(location.search)
  if (match) document.documentElement.lang = match[1]
})()
