/**
 * The built-in catalogue for the server: every entry, imported at once (a server pays nothing
 * for their bytes), so a `<cookie-service name="hotjar">` is filled in exactly as the browser
 * fills it in from `services/hotjar.js`.
 */
import type { CatalogueEntry, CatalogueId } from '../core/catalogue/catalogue.js';
import googleAnalytics from '../core/catalogue/google-analytics.js';
import googleTagManager from '../core/catalogue/google-tag-manager.js';
import googleAds from '../core/catalogue/google-ads.js';
import metaPixel from '../core/catalogue/meta-pixel.js';
import clarity from '../core/catalogue/clarity.js';
import microsoftAds from '../core/catalogue/microsoft-ads.js';
import hotjar from '../core/catalogue/hotjar.js';
import matomo from '../core/catalogue/matomo.js';
import plausible from '../core/catalogue/plausible.js';
import linkedinInsight from '../core/catalogue/linkedin-insight.js';
import tiktokPixel from '../core/catalogue/tiktok-pixel.js';
import pinterestTag from '../core/catalogue/pinterest-tag.js';
import hubspot from '../core/catalogue/hubspot.js';
import intercom from '../core/catalogue/intercom.js';
import youtube from '../core/catalogue/youtube.js';
import vimeo from '../core/catalogue/vimeo.js';
import googleMaps from '../core/catalogue/google-maps.js';

/** Catalogue id → entry. */
export const CATALOGUE: Readonly<Record<CatalogueId, CatalogueEntry>> = {
  'google-analytics': googleAnalytics,
  'google-tag-manager': googleTagManager,
  'google-ads': googleAds,
  'meta-pixel': metaPixel,
  'clarity': clarity,
  'microsoft-ads': microsoftAds,
  'hotjar': hotjar,
  'matomo': matomo,
  'plausible': plausible,
  'linkedin-insight': linkedinInsight,
  'tiktok-pixel': tiktokPixel,
  'pinterest-tag': pinterestTag,
  'hubspot': hubspot,
  'intercom': intercom,
  'youtube': youtube,
  'vimeo': vimeo,
  'google-maps': googleMaps,
};
