import { catalogToYaml } from '../kpi/catalogYaml';
import { KpiCatalog } from '../kpi/types';

/** Exports the catalog as a YAML file the admin can keep in git and validate with the kpi command line. */
export function downloadCatalogYaml(catalog: KpiCatalog, fileName = 'kpi-catalog.yaml'): void {
  downloadYaml(catalogToYaml(catalog), fileName);
}

/** Hands YAML text to the browser as a file to save. */
export function downloadYaml(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'application/yaml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
