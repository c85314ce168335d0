// How the bench starts Debian's Chromium: the project's standard flags plus two of its own.
import { CHROMIUM_ARGS } from '../chromium.mjs'

export const LAUNCH_ARGS = [
  ...CHROMIUM_ARGS,
  // navigator.webdriver would make vanilla-cookieconsent hide its banner from "bots".
  '--disable-blink-features=AutomationControlled',
  // Belt and braces next to the CDP Fetch fakes: no name resolves except 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]
