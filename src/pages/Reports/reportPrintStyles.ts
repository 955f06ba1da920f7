import { useEffect } from 'react';

/** The attribute on the report's own element: printing keeps it and what it holds, and nothing else. */
export const PRINTED = 'data-kpi-report';

/**
 * The report on A4: every element that neither holds the report nor is in it (Grafana's navigation, top bar,
 * page header, the report's own controls) is left out, the report's ancestors stop clipping it (Grafana's page
 * scrolls inside a fixed-height container, which would print one screenful), it prints black on white whatever
 * the theme, and no table row or objective's heading is cut across a page.
 */
const REPORT_PRINT_CSS = `
    @media print {
      @page {
        size: A4;
        margin: 12mm;
      }
      body:has([${PRINTED}]) *:not(:has([${PRINTED}])):not([${PRINTED}]):not([${PRINTED}] *) {
        display: none !important;
      }
      html:has([${PRINTED}]) {
        /* A dark theme's colour scheme paints the page margins dark. */
        color-scheme: light !important;
      }
      html:has([${PRINTED}]),
      :has([${PRINTED}]) {
        display: block !important;
        position: static !important;
        overflow: visible !important;
        height: auto !important;
        min-height: 0 !important;
        max-height: none !important;
        width: auto !important;
        margin: 0 !important;
        padding: 0 !important;
        border: 0 !important;
        background: #fff !important;
        box-shadow: none !important;
      }
      [${PRINTED}], [${PRINTED}] * {
        color: #000 !important;
        background: transparent !important;
        border-color: #999 !important;
        box-shadow: none !important;
        overflow: visible !important;
      }
      [${PRINTED}] tr,
      [${PRINTED}] [data-report-group-head] {
        break-inside: avoid;
      }
      [${PRINTED}] [data-report-group-head] {
        break-after: avoid;
      }
      [${PRINTED}] thead {
        display: table-header-group;
      }
      [${PRINTED}] [data-report-screen-only] {
        display: none !important;
      }
    }
`;

/**
 * The print rules in the document's head while the report is on screen, removed when it leaves: any other page
 * prints as it would. (In the head, as Grafana's own styles are: Chromium paints the page margins from them.)
 */
export function usePrintStyles(): void {
  useEffect(() => {
    const style = document.createElement('style');
    style.textContent = REPORT_PRINT_CSS;
    document.head.appendChild(style);
    return () => style.remove();
  }, []);
}
