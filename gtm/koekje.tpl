___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Koekje cookie consent",
  "categories": [
    "TAG_MANAGEMENT"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Koekje"
  },
  "description": "Sets the Google Consent Mode v2 defaults, applies a returning visitor's stored Koekje decision at once, and loads koekje.js. Fire it on the Consent Initialization - All Pages trigger, once per page.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "scriptGroup",
    "displayName": "Koekje",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "scriptUrl",
        "displayName": "Script URL",
        "simpleValueType": true,
        "alwaysInSummary": true,
        "help": "Absolute https URL of koekje.js, e.g. https://www.callcenter-software.com/koekje/koekje.js. The template's 'Injects scripts' permission must allow it: edit that permission when you host Koekje elsewhere.",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^https://.+"
            ],
            "errorMessage": "Use an absolute https URL."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "catalogueUrl",
        "displayName": "Catalogue URL",
        "simpleValueType": true,
        "alwaysInSummary": true,
        "help": "URL of catalogue.json. A script injected by Tag Manager cannot carry data attributes, so the template passes it to koekje.js as the query parameter catalogue=<encoded URL>. Leave empty for catalogue.json beside koekje.js. A relative URL is relative to the page."
      },
      {
        "type": "TEXT",
        "name": "lang",
        "displayName": "Language",
        "simpleValueType": true,
        "help": "Optional language code the catalogue offers (nl, en), passed as the query parameter lang=. Leave empty to follow the page and the browser."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "decisionGroup",
    "displayName": "Returning visitors",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "cookieName",
        "displayName": "Consent cookie name",
        "simpleValueType": true,
        "defaultValue": "koekje_consent",
        "help": "The cookie koekje.js keeps the decision in (consentCookie.name in the catalogue). When you change it, also change the template's 'Reads cookie value(s)' permission.",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z0-9_-]+$"
            ]
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "revision",
        "displayName": "Catalogue revision",
        "simpleValueType": true,
        "help": "The catalogue's revision. A stored decision made under another revision is ignored, so the visitor is asked again. Leave empty to accept any revision; koekje.js then corrects the state once it has read the catalogue.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^[0-9]*$"
            ]
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "lifetimeDays",
        "displayName": "Decision lifetime (days)",
        "simpleValueType": true,
        "help": "consentCookie.days in the catalogue. An older decision is ignored. Leave empty to rely on the cookie's own expiry.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^[0-9]*$"
            ]
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "consentModeGroup",
    "displayName": "Consent Mode",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "requiredCategories",
        "displayName": "Required categories",
        "simpleValueType": true,
        "help": "Comma-separated ids of the catalogue's required categories. The Consent Mode types they map to are granted by default; every other type except security_storage starts denied."
      },
      {
        "type": "TEXT",
        "name": "doNotTrackServices",
        "displayName": "Do-not-track services",
        "simpleValueType": true,
        "defaultValue": "online-succes",
        "help": "Comma-separated service ids that do-not-track holds back (doNotTrack.services in the catalogue). The template cannot see whether do-not-track is on (a browser's Global Privacy Control switches it on too), so the Consent Mode types these services map stay denied until koekje.js has loaded and knows."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "mapping",
        "displayName": "Category or service to Consent Mode types",
        "help": "Which consent types a granted category or service grants (consentMode.mapping in the catalogue). A type that a service maps follows only the services that map it: it is granted while the visitor allows one of them, whatever their category. A type that no service maps follows the categories. A row whose id the stored decision does not grant may be a refused category or a refused service, which the template cannot tell apart without the catalogue: a type such a row maps is granted at once only through a granted service, and koekje.js corrects the rest once it has read the catalogue. Leave the table empty for Koekje's default: functional = functionality_storage, personalization_storage; analytics = analytics_storage; marketing = ad_storage, ad_user_data, ad_personalization; google-analytics = analytics_storage; google-ads = ad_storage, ad_user_data, ad_personalization.",
        "newRowButtonText": "Add category or service",
        "simpleTableColumns": [
          {
            "defaultValue": "",
            "displayName": "Category or service id",
            "name": "category",
            "type": "TEXT",
            "valueValidators": [
              {
                "type": "REGEX",
                "args": [
                  "^[a-z0-9][a-z0-9-]*$"
                ]
              }
            ]
          },
          {
            "defaultValue": "",
            "displayName": "Consent types (comma-separated)",
            "name": "consentTypes",
            "type": "TEXT"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "Wait for update",
        "simpleValueType": true,
        "defaultValue": "500",
        "valueUnit": "milliseconds",
        "help": "How long Google tags wait for koekje.js to send the visitor's decision before they fire with the defaults.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^[0-9]+$"
            ]
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "Redact ads data while ad_storage is denied",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Sends ads_data_redaction = true. While ad_storage is denied, Google Ads and Floodlight tags then drop ad click identifiers and use cookieless domains."
      },
      {
        "type": "CHECKBOX",
        "name": "urlPassthrough",
        "checkboxText": "Pass ad click information through URLs",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Sends url_passthrough = true: while storage is denied, ad click parameters are appended to internal links instead of being stored in cookies."
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Sandboxed JavaScript: ES5 without `new`, `this`, regular expressions,
// bitwise operators or charCodeAt, so the checksum is plain arithmetic.
var setDefaultConsentState = require('setDefaultConsentState');
var updateConsentState = require('updateConsentState');
var getCookieValues = require('getCookieValues');
var injectScript = require('injectScript');
var queryPermission = require('queryPermission');
var gtagSet = require('gtagSet');
var logToConsole = require('logToConsole');
var encodeUriComponent = require('encodeUriComponent');
var getTimestampMillis = require('getTimestampMillis');
var makeString = require('makeString');
var makeInteger = require('makeInteger');
var Math = require('Math');

var CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage'
];
// The default catalogue's consentMode.mapping. The `category` column holds a category or a service id.
var DEFAULT_MAPPING = [
  { category: 'functional', consentTypes: 'functionality_storage, personalization_storage' },
  { category: 'analytics', consentTypes: 'analytics_storage' },
  { category: 'marketing', consentTypes: 'ad_storage, ad_user_data, ad_personalization' },
  { category: 'google-analytics', consentTypes: 'analytics_storage' },
  { category: 'google-ads', consentTypes: 'ad_storage, ad_user_data, ad_personalization' }
];
var DEFAULT_COOKIE = 'koekje_consent';
var DEFAULT_WAIT_FOR_UPDATE = 500;
var FORMAT = '1';
var DECIMAL = '0123456789';
var BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
var HEX = '0123456789abcdef';
var ID_CHARACTERS = BASE36 + '-';
// Printable ASCII from code 32 on: the position of a character plus 32 is its code.
var ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
var TWO_TO_32 = 4294967296;
var DAY_MS = 86400000;

function log(message) {
  logToConsole('Koekje: ' + message);
}

function text(value) {
  if (value === undefined || value === null) return '';
  return makeString(value).trim();
}

function listOf(value) {
  var items = [];
  var parts = text(value).split(',');
  for (var i = 0; i < parts.length; i++) {
    var item = parts[i].trim();
    if (item !== '') items.push(item);
  }
  return items;
}

function consistsOf(value, alphabet) {
  if (value.length === 0) return false;
  for (var i = 0; i < value.length; i++) {
    if (alphabet.indexOf(value.charAt(i)) < 0) return false;
  }
  return true;
}

// Category and service ids: ^[a-z0-9][a-z0-9-]*$, joined by '~'; empty means none.
function idsIn(field) {
  if (field === '') return [];
  var ids = field.split('~');
  for (var i = 0; i < ids.length; i++) {
    if (!consistsOf(ids[i], ID_CHARACTERS) || ids[i].charAt(0) === '-') return null;
  }
  return ids;
}

function xorByte(a, b) {
  var result = 0;
  var bit = 1;
  for (var i = 0; i < 8; i++) {
    if (a % 2 !== b % 2) result += bit;
    a = Math.floor(a / 2);
    b = Math.floor(b / 2);
    bit *= 2;
  }
  return result;
}

// FNV-1a, 32 bit, as koekje.js computes it. Multiplying by the prime
// 16777619 = 2^24 + 403 modulo 2^32 keeps every intermediate below 2^53:
// of the 2^24 part only the hash's low byte survives the modulo.
function fnv1a(value) {
  var hash = 2166136261;
  for (var i = 0; i < value.length; i++) {
    var position = ASCII.indexOf(value.charAt(i));
    if (position < 0) return -1;
    var low = hash % 256;
    hash = hash - low + xorByte(low, position + 32);
    hash = ((hash % 256) * 16777216 + hash * 403) % TWO_TO_32;
  }
  return hash;
}

function toBase36(number) {
  var digits = BASE36.charAt(number % 36);
  number = Math.floor(number / 36);
  while (number > 0) {
    digits = BASE36.charAt(number % 36) + digits;
    number = Math.floor(number / 36);
  }
  return digits;
}

function fromBase36(digits) {
  var number = 0;
  for (var i = 0; i < digits.length; i++) number = number * 36 + BASE36.indexOf(digits.charAt(i));
  return number;
}

// 1.<revision>.<decidedAt base36>.<id>.<categories>.<services>.<checksum>, read
// exactly as koekje.js reads it: anything it would reject grants nothing here.
function readDecision(value, settings) {
  var fields = value.split('.');
  if (fields.length !== 7 || fields[0] !== FORMAT) return null;
  if (!consistsOf(fields[1], DECIMAL)) return null;
  if (settings.revision !== '' && fields[1] !== settings.revision) return null;
  if (!consistsOf(fields[2], BASE36)) return null;
  if (!consistsOf(fields[3], HEX) || fields[3].length < 8 || fields[3].length > 32) return null;
  var categories = idsIn(fields[4]);
  var services = idsIn(fields[5]);
  if (categories === null || services === null) return null;
  if (toBase36(fnv1a(fields.slice(0, 6).join('.'))) !== fields[6]) return null;
  var age = getTimestampMillis() - fromBase36(fields[2]) * 1000;
  if (age <= -DAY_MS) return null;
  if (settings.lifetimeDays > 0 && age >= settings.lifetimeDays * DAY_MS) return null;
  return { revision: fields[1], categories: categories, services: services };
}

function readMapping(rows) {
  var source = rows && rows.length ? rows : DEFAULT_MAPPING;
  var mapping = [];
  for (var i = 0; i < source.length; i++) {
    var types = listOf(source[i].consentTypes).filter(function (type) {
      if (CONSENT_TYPES.indexOf(type) >= 0) return true;
      log('ignoring unknown consent type "' + type + '"');
      return false;
    });
    mapping.push({ category: text(source[i].category), types: types });
  }
  return mapping;
}

// The types granted while exactly these categories and services are: koekje.js's
// rule. A type that a granted service maps is granted; a type that granted
// categories map is granted unless a row that is not granted maps it too.
// Without the catalogue such a row may be a refused category or a refused
// service (Google Ads switched off in a consented marketing category), and a
// service's refusal must win: Google tags would otherwise store cookies for
// a service the visitor switched off. koekje.js corrects an over-cautious
// denial once it has read the catalogue.
function typesOf(mapping, categories, services) {
  var types = [];
  for (var t = 0; t < CONSENT_TYPES.length; t++) {
    var byService = false;
    var byCategory = false;
    var refused = false;
    for (var i = 0; i < mapping.length; i++) {
      if (mapping[i].types.indexOf(CONSENT_TYPES[t]) < 0) continue;
      if (services.indexOf(mapping[i].category) >= 0) byService = true;
      else if (categories.indexOf(mapping[i].category) >= 0) byCategory = true;
      else refused = true;
    }
    if (byService || (byCategory && !refused)) types.push(CONSENT_TYPES[t]);
  }
  return types;
}

// The stored decision's services, minus those do-not-track may be holding back.
function allowedServices(services) {
  var heldBack = listOf(data.doNotTrackServices);
  return services.filter(function (id) {
    return heldBack.indexOf(id) < 0;
  });
}

function consentState(grantedTypes) {
  var state = {};
  for (var i = 0; i < CONSENT_TYPES.length; i++) {
    state[CONSENT_TYPES[i]] = grantedTypes.indexOf(CONSENT_TYPES[i]) >= 0 ? 'granted' : 'denied';
  }
  return state;
}

function waitForUpdate() {
  if (text(data.waitForUpdate) === '') return DEFAULT_WAIT_FOR_UPDATE;
  var milliseconds = makeInteger(data.waitForUpdate);
  return milliseconds === milliseconds && milliseconds >= 0 ? milliseconds : DEFAULT_WAIT_FOR_UPDATE;
}

function storedDecision() {
  var name = text(data.cookieName) || DEFAULT_COOKIE;
  if (!queryPermission('get_cookies', name)) {
    log('may not read the ' + name + ' cookie; allow it in the template\'s "Reads cookie value(s)" permission');
    return null;
  }
  // Undecoded: a valid value has no characters that need decoding.
  var values = getCookieValues(name, false);
  if (!values || values.length === 0) return null;
  var settings = { revision: text(data.revision), lifetimeDays: makeInteger(text(data.lifetimeDays) || '0') };
  var decision = readDecision(text(values[0]), settings);
  if (decision === null) log('the ' + name + ' cookie holds no valid decision; the defaults stand');
  return decision;
}

// Tag Manager cannot give an injected script data attributes, so koekje.js
// reads its catalogue and language from its own query string.
function koekjeUrl() {
  var url = text(data.scriptUrl);
  var parameters = [];
  if (text(data.catalogueUrl) !== '') parameters.push('catalogue=' + encodeUriComponent(text(data.catalogueUrl)));
  if (text(data.lang) !== '') parameters.push('lang=' + encodeUriComponent(text(data.lang)));
  if (parameters.length === 0) return url;
  return url + (url.indexOf('?') < 0 ? '?' : '&') + parameters.join('&');
}

var mapping = readMapping(data.mapping);
var requiredCategories = listOf(data.requiredCategories);
var requiredTypes = ['security_storage'].concat(typesOf(mapping, requiredCategories, []));
var defaults = consentState(requiredTypes);
defaults.wait_for_update = waitForUpdate();
setDefaultConsentState(defaults);

// Applied now rather than when koekje.js has loaded, so that tags on the
// first event already see the returning visitor's decision.
var grantedTypes = requiredTypes;
var decision = storedDecision();
if (decision !== null) {
  grantedTypes = ['security_storage'].concat(
    typesOf(mapping, requiredCategories.concat(decision.categories), allowedServices(decision.services))
  );
  updateConsentState(consentState(grantedTypes));
}

if (data.adsDataRedaction && grantedTypes.indexOf('ad_storage') < 0) gtagSet('ads_data_redaction', true);
if (data.urlPassthrough) gtagSet('url_passthrough', true);

var url = koekjeUrl();
if (url === '' || !queryPermission('inject_script', url)) {
  log('may not load ' + url + '; allow it in the template\'s "Injects scripts" permission');
  data.gtmOnFailure();
} else {
  injectScript(
    url,
    data.gtmOnSuccess,
    function () {
      log('could not load ' + url);
      data.gtmOnFailure();
    },
    'koekje'
  );
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "ad_storage" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "ad_user_data" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "ad_personalization" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "analytics_storage" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "functionality_storage" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "personalization_storage" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  { "type": 1, "string": "consentType" },
                  { "type": 1, "string": "read" },
                  { "type": 1, "string": "write" }
                ],
                "mapValue": [
                  { "type": 1, "string": "security_storage" },
                  { "type": 8, "boolean": false },
                  { "type": 8, "boolean": true }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "koekje_consent"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://www.callcenter-software.com/koekje/"
              },
              {
                "type": 1,
                "string": "https://callcenter-software.com/koekje/"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: A first visit denies every type except security_storage and the required categories' types
  code: |-
    mock('getCookieValues', function() { return []; });
    runCode(mockData);
    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
      wait_for_update: 500
    });
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('gtmOnSuccess').wasCalled();
- name: A stored decision grants exactly the types of its categories
  code: |-
    mock('getCookieValues', function() { return [VALID_COOKIE]; });
    runCode(mockData);
    assertApi('updateConsentState').wasCalledWith({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted'
    });
    assertApi('gtmOnSuccess').wasCalled();
- name: A refused Google Ads service keeps the ad types denied although marketing is granted
  code: |-
    mock('getCookieValues', function() { return [ADS_REFUSED_COOKIE]; });
    runCode(mockData);
    assertApi('updateConsentState').wasCalledWith({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted'
    });
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
- name: A tampered decision grants nothing
  code: |-
    mock('getCookieValues', function() { return [TAMPERED_COOKIE]; });
    runCode(mockData);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: A decision under another catalogue revision grants nothing
  code: |-
    mockData.revision = '2';
    mock('getCookieValues', function() { return [VALID_COOKIE]; });
    runCode(mockData);
    assertApi('updateConsentState').wasNotCalled();
- name: koekje.js gets the catalogue and language as query parameters
  code: |-
    let injectedUrl;
    mock('getCookieValues', function() { return []; });
    mock('injectScript', function(url, onSuccess) { injectedUrl = url; onSuccess(); });
    runCode(mockData);
    assertThat(injectedUrl).isEqualTo('https://www.callcenter-software.com/koekje/koekje.js?catalogue=https%3A%2F%2Fwww.callcenter-software.com%2Fkoekje%2Fcatalogue.json&lang=nl');
    assertApi('gtmOnSuccess').wasCalled();
- name: A script that fails to load fails the tag
  code: |-
    mock('getCookieValues', function() { return []; });
    mock('injectScript', function(url, onSuccess, onFailure) { onFailure(); });
    runCode(mockData);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
setup: |-
  // 2025-11-25 10:00 UTC plus a minute; the cookies below were decided at 10:00.
  mock('getTimestampMillis', function() { return 1764064860000; });
  mock('injectScript', function(url, onSuccess) { onSuccess(); });
  const VALID_COOKIE = '1.1.t6a140.a1b2c3d4e5f60718.functional~analytics.google-analytics~hotjar.gjw7iu';
  const TAMPERED_COOKIE = '1.1.t6a140.a1b2c3d4e5f60718.functional~marketing.google-analytics~hotjar.gjw7iu';
  // Marketing on with Facebook only: Google Ads switched off.
  const ADS_REFUSED_COOKIE = '1.1.t6a140.a1b2c3d4e5f60718.functional~marketing.google-tag-manager~facebook.peijts';
  const mockData = {
    scriptUrl: 'https://www.callcenter-software.com/koekje/koekje.js',
    catalogueUrl: 'https://www.callcenter-software.com/koekje/catalogue.json',
    lang: 'nl',
    cookieName: 'koekje_consent',
    revision: '1',
    lifetimeDays: '365',
    requiredCategories: 'functional',
    doNotTrackServices: 'online-succes',
    mapping: [],
    waitForUpdate: '500',
    adsDataRedaction: true,
    urlPassthrough: false
  };


___NOTES___

Koekje's Google Tag Manager template. Fire it on "Consent Initialization - All Pages", once per page.

What it does, in order:
1. setDefaultConsentState: every Consent Mode type denied except security_storage and the types of the required categories, with wait_for_update.
2. Reads the koekje_consent cookie (getCookieValues) and, when it holds a valid decision, calls updateConsentState with the types its granted categories and services map to, by koekje.js's rule: a type that a service maps (google-ads: ad_storage, …) follows only the services that map it, so a visitor who granted marketing but switched Google Ads off keeps the ad types denied; a type that no service maps follows the categories. A value counts as a decision only when koekje.js would accept it: format 1, the configured catalogue revision (any revision when the field is empty), a hex id, category and service ids of the form [a-z0-9][a-z0-9-]*, a matching FNV-1a checksum, not dated more than a day ahead and, when a lifetime is set, not older than it. Anything else leaves the defaults standing.
3. ads_data_redaction (while ad_storage stays denied) and url_passthrough, when ticked.
4. injectScript loads koekje.js with ?catalogue=<encoded URL>&lang=<code>, because Tag Manager cannot give an injected script data attributes; gtmOnSuccess once it has loaded, gtmOnFailure when it fails or the URL is not allowed.

The checksum: sandboxed JavaScript has no charCodeAt and the documentation promises no bitwise operators, so the template computes FNV-1a with a lookup table and exact integer arithmetic (every intermediate stays below 2^53). It gives the same result as koekje.js.

Rows the template cannot place: without the catalogue, a row whose id is neither granted by the stored decision nor a required category may be a refused category or a refused service (or, for the defaults, a service of a required category). A type such a row maps is granted at once only through a granted service row; otherwise it stays denied until koekje.js, which has the catalogue, sends its update a moment later. Failing that way round keeps a refused service's types denied. With the default table the template's state is always koekje.js's: every type an optional category maps is also mapped by a service, which decides it.

Do not track: Koekje's do-not-track switch holds back individual services (Online Succes), not categories, and a browser's Global Privacy Control signal can switch it on, which the sandbox cannot see. So the types of the services in the "Do-not-track services" field stay denied here until koekje.js has loaded. koekje.js keeps those services blocked, and its koekje_consent_update dataLayer event reports doNotTrack and leaves them out of the services list; base the triggers of non-Google tags on that list, not on Consent Mode.

Permissions: the cookie name and the script URL are fixed in the permissions. When you rename the cookie or host koekje.js elsewhere, edit "Reads cookie value(s)" and "Injects scripts" on the template's Permissions tab.
