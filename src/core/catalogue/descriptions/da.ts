import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in da. */
const da: ServiceDescriptions = {
  'google-analytics':
    "Tæller besøg og registrerer, hvilke sider du ser, og hvordan du kom hertil, så vi kan se, hvordan websitet bruges, og forbedre det.",
  'google-tag-manager':
    "Indlæser de andre værktøjer, som websitet bruger, f.eks. statistik- eller annoncetags, efter regler, vi fastsætter. Google modtager din IP-adresse og oplysninger om din browser, når det indlæses.",
  'google-ads':
    "Måler, om vores Google-annoncer fører til besøg og køb på dette website, og lader Google vise dig vores annoncer igen på andre websites ud fra dit besøg.",
  'meta-pixel':
    "Fortæller Meta, hvilke sider du besøger, og hvad du gør på dette website, så vi kan måle vores annoncer på Facebook og Instagram og vise dem til dig og til personer med lignende interesser.",
  'clarity':
    "Registrerer, hvordan du klikker, scroller og bevæger dig rundt på vores sider, og laver sessionsoptagelser og heatmaps, der hjælper os med at finde og rette fejl på websitet.",
  'microsoft-ads':
    "Måler, om vores annoncer på Bing og andre Microsoft-tjenester fører til besøg og køb på dette website, og lader Microsoft vise dig vores annoncer igen senere.",
  'hotjar':
    "Registrerer, hvordan besøgende bevæger sig, klikker og scroller på siderne, for at vise heatmaps og optagelser af besøg, der hjælper os med at forbedre websitet.",
  'matomo':
    "Tæller besøg, viste sider og hvor de besøgende kommer fra, og genkender tilbagevendende browsere, så vi kan se, hvordan websitet bruges, og forbedre det.",
  'plausible':
    "Tæller sidevisninger, hvor de besøgende kommer fra, og hvilke enheder de bruger, uden cookies og uden at gemme IP-adresser. Vi ser kun de samlede tal, ikke de enkelte besøgende.",
  'linkedin-insight':
    "Fortæller LinkedIn, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på LinkedIn og vise dem til personer, der har besøgt dette website.",
  'tiktok-pixel':
    "Fortæller TikTok, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på TikTok og vise dem til personer, der har besøgt dette website.",
  'pinterest-tag':
    "Fortæller Pinterest, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på Pinterest og vise dem til personer, der har besøgt dette website.",
  'hubspot':
    "Registrerer de sider, du besøger, og knytter dem til de kontaktoplysninger, du giver os i en formular, så vi kan se, hvordan besøgende finder os, og følge op på henvendelser.",
  'intercom':
    "Driver chatvinduet på vores sider, så du kan skrive til os. Det genkender din browser, så du kan vende tilbage til tidligere samtaler.",
  'youtube':
    "Afspiller videoer fra YouTube på vores sider. Google modtager din IP-adresse og oplysninger om, hvilke videoer du ser, og sætter cookies for at huske dine indstillinger.",
  'vimeo':
    "Afspiller videoer, som vi har på Vimeo. Vimeo modtager din IP-adresse og sætter cookies for at huske dine afspillerindstillinger og tælle visninger for os.",
  'google-maps':
    "Viser interaktive kort fra Google på vores sider. Google modtager din IP-adresse og det kortudsnit, du ser, og kan sætte cookies for at huske dine indstillinger.",
};

export default da;
