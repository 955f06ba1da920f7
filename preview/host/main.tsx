// Entry of the preview host page. window.grafanaBootData is already set by the
// page's inline script, so @grafana/runtime's config reads it on import.
import { config } from '@grafana/runtime';
import React from 'react';
import { createRoot } from 'react-dom/client';

import { interceptLinkClicks } from './interceptLinkClicks';
import { PreviewApp } from './PreviewApp';
import { installRuntimeServices } from './services';
import { registerSharedModules } from './sharedModules';

registerSharedModules();
installRuntimeServices();
interceptLinkClicks();
document.body.classList.toggle('theme-light', config.theme2.isLight);
document.body.classList.toggle('theme-dark', config.theme2.isDark);

createRoot(document.getElementById('preview-root')!).render(<PreviewApp />);
