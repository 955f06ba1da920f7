// Grafana's link interception (public/app/core/navigation/patch/interceptLinkClicks.ts), ported as is so
// the preview host treats a plugin's links the way Grafana does: a click on any <a href> without a
// target, in the document, becomes locationService.push; an href with a scheme ("://", mailto:) is
// opened with window.location.href. Grafana ignores the `download` attribute: a download link in the
// document is navigated to, never saved.
import { locationUtil } from '@grafana/data';
import { locationService } from '@grafana/runtime';

export function interceptLinkClicks() {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as HTMLElement | null)?.closest('a');
    if (!anchor || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    let href = anchor.getAttribute('href');
    if (!href || anchor.getAttribute('target')) {
      return;
    }
    event.preventDefault();
    href = locationUtil.stripBaseFromUrl(href);
    if (href[0] !== '/') {
      if (href.includes('://') || /^\s*mailto:/i.test(href)) {
        window.location.href = href;
        return;
      }
      if (href[0] !== '#') {
        href = `/${href}`;
      }
    }
    locationService.push(href);
  });
}
