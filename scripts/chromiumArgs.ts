/**
 * Command-line flags for the headless Chromium that the e2e suite and the
 * bench launch.
 *
 * The omnibox-popup features are off because Chromium 156 opens a window per
 * browser context, and with it two WebUI renderers for the omnibox popup
 * (chrome://omnibox-popup.top-chrome and its AI-mode compose box), which load
 * on this 2-core VM while the page under test loads, every time: every test
 * and every bench case uses a fresh context. A person's browser builds them
 * once per window, not per page. 10^5-call circuit-breaker run, 12 runs each:
 * longest task median 65 -> 0 ms, worst 130 -> 65 ms.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
