// "Wat is er geladen?": lists every element Koekje guards and whether it has
// released it. Offline, third-party requests fail, so this panel is how the
// demo shows what WOULD have loaded. ES5 and no tracking, like the snippets
// a site pastes next to Koekje.
// biome-ignore-all lint/style/useTemplate: ES5 has no template literals
// biome-ignore-all lint/complexity/useArrowFunction: ES5 has no arrow functions
;(function () {
  var list = document.getElementById('loaded-panel')
  if (!list || !window.MutationObserver) return
  var lastState = ''

  function describe(element) {
    var url = element.getAttribute('src') || element.getAttribute('data-src') || ''
    var host = url.replace(/^https?:\/\//, '').split(/[/?#]/)[0]
    var kind = element.tagName.toLowerCase()
    if (kind === 'script') kind = url ? 'script ' + host : 'inline script'
    else if (host) kind += ' ' + host
    return {
      service: element.getAttribute('data-service') || '(geen dienst)',
      category: element.getAttribute('data-category') || '',
      kind: kind,
      activated: element.hasAttribute('data-koekje-activated'),
    }
  }

  function textElement(tag, text) {
    var element = document.createElement(tag)
    element.appendChild(document.createTextNode(text))
    return element
  }

  function row(item) {
    var li = document.createElement('li')
    li.className = item.activated ? 'is-loaded' : 'is-blocked'
    li.appendChild(textElement('strong', item.service))
    li.appendChild(textElement('span', ' ' + item.category + ' · ' + item.kind + ' '))
    li.appendChild(textElement('em', item.activated ? 'geladen' : 'geblokkeerd'))
    return li
  }

  function render() {
    var tagged = document.querySelectorAll('[data-category], [data-service]')
    var items = []
    var i
    for (i = 0; i < tagged.length; i++) items.push(describe(tagged[i]))
    var state = JSON.stringify(items)
    if (state === lastState) return
    lastState = state
    while (list.firstChild) list.removeChild(list.firstChild)
    for (i = 0; i < items.length; i++) list.appendChild(row(items[i]))
  }

  var scheduled = false
  function schedule(records) {
    var i
    for (i = 0; i < records.length; i++) {
      // Our own rendering must not wake us up again.
      if (!list.contains(records[i].target) && records[i].target !== list) {
        if (!scheduled) {
          scheduled = true
          setTimeout(function () {
            scheduled = false
            render()
          }, 50)
        }
        return
      }
    }
  }

  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-koekje-activated', 'data-category', 'data-service'],
  })
  render()
})()
