import { injectGlobal } from '@emotion/css';

/** The attribute on the report's own element: printing keeps it and what it holds, and nothing else. */
export const PRINTED = 'data-kpi-report';

let injected = false;

/**
 * The report on A4: every element that neither holds the report nor is in it (Grafana's navigation, top bar,
 * page header, the report's own controls) is left out, the report's ancestors stop clipping it (Grafana's page
 * scrolls inside a fixed-height container, which would print one screenful), it prints black on white whatever
 * the theme, and no table row or objective's heading is cut across a page.
 */
export function injectReportPrintStyles(): void {
  if (injected) {
    return;
  }
  injected = true;
  const report = `[${PRINTED}]`;
  injectGlobal(`
    @media print {
      @page {
        size: A4;
        margin: 12mm;
      }
      body *:not(:has(${report})):not(${report}):not(${report} *) {
        display: none !important;
      }
      html:has(${report}),
      :has(${report}) {
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
      ${report}, ${report} * {
        color: #000 !important;
        background: transparent !important;
        border-color: #999 !important;
        box-shadow: none !important;
        overflow: visible !important;
      }
      ${report} tr,
      ${report} [data-report-group-head] {
        break-inside: avoid;
      }
      ${report} [data-report-group-head] {
        break-after: avoid;
      }
      ${report} thead {
        display: table-header-group;
      }
      ${report} [data-report-screen-only] {
        display: none !important;
      }
    }
  `);
}
