/**
 * The second layer's entry, `koekje-preferences.js`: Preact with the
 * preferences dialog and the cookie page's widgets. The first layer
 * (koekje-ui.js) loads it from beside itself when they are first needed and
 * finds it on `window.koekjePreferences`.
 */
import { preferencesLayer } from './ui/preferences-layer'

window.koekjePreferences = preferencesLayer
