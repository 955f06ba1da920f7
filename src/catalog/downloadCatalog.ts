import { saveAs } from 'file-saver';

import { catalogToYaml } from '../kpi/catalogYaml';
import { type KpiCatalog } from '../kpi/types';

/**
 * Exports the catalog as a YAML file the admin can keep in git and validate with the kpi command line.
 * Saved as Grafana saves its own exports (file-saver's saveAs): the link it clicks is never in the
 * document, so Grafana's link interception cannot turn the blob URL into an in-app navigation.
 */
export function downloadCatalogYaml(catalog: KpiCatalog, fileName = 'kpi-catalog.yaml'): void {
  downloadYaml(catalogToYaml(catalog), fileName);
}

/** Hands YAML text to the browser as a file to save, through saveAs as the catalog is (see above). */
export function downloadYaml(text: string, fileName: string): void {
  saveAs(new Blob([text], { type: 'application/yaml;charset=utf-8' }), fileName);
}
