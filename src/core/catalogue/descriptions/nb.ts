import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in nb. */
const nb: ServiceDescriptions = {
  'google-analytics':
    "Teller besøk og registrerer hvilke sider du ser, og hvordan du kom hit, slik at vi kan se hvordan nettstedet brukes, og forbedre det.",
  'google-tag-manager':
    "Laster inn de andre verktøyene nettstedet bruker, for eksempel statistikk- eller annonsetagger, etter regler vi fastsetter. Google mottar IP-adressen din og opplysninger om nettleseren din når det lastes inn.",
  'google-ads':
    "Måler om Google-annonsene våre fører til besøk og kjøp på dette nettstedet, og lar Google vise deg annonsene våre igjen på andre nettsteder basert på besøket ditt.",
  'meta-pixel':
    "Rapporterer til Meta hvilke sider du besøker og hva du gjør på dette nettstedet, slik at vi kan måle annonsene våre på Facebook og Instagram og vise dem til deg og til personer med lignende interesser.",
  'clarity':
    "Registrerer hvordan du klikker, blar og beveger deg på sidene våre, og lager øktopptak og varmekart som hjelper oss å finne og rette feil på nettstedet.",
  'microsoft-ads':
    "Måler om annonsene våre på Bing og andre Microsoft-tjenester fører til besøk og kjøp på dette nettstedet, og lar Microsoft vise deg annonsene våre igjen senere.",
  'hotjar':
    "Registrerer hvordan besøkende beveger seg, klikker og blar på sidene, for å vise varmekart og opptak av besøk som hjelper oss med å forbedre nettstedet.",
  'matomo':
    "Teller besøk, viste sider og hvor de besøkende kommer fra, og gjenkjenner nettlesere som kommer tilbake, slik at vi kan se hvordan nettstedet brukes, og forbedre det.",
  'plausible':
    "Teller sidevisninger, hvor de besøkende kommer fra og hvilke enheter de bruker, uten informasjonskapsler og uten å lagre IP-adresser. Vi ser bare totaltall, ikke enkeltbesøkende.",
  'linkedin-insight':
    "Forteller LinkedIn hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på LinkedIn og vise dem til personer som har besøkt dette nettstedet.",
  'tiktok-pixel':
    "Forteller TikTok hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på TikTok og vise dem til personer som har besøkt dette nettstedet.",
  'pinterest-tag':
    "Forteller Pinterest hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på Pinterest og vise dem til personer som har besøkt dette nettstedet.",
  'hubspot':
    "Registrerer sidene du besøker, og knytter dem til kontaktopplysningene du gir oss i et skjema, slik at vi kan se hvordan besøkende finner oss, og følge opp henvendelser.",
  'intercom':
    "Driver chatvinduet på sidene våre, slik at du kan sende oss meldinger. Den gjenkjenner nettleseren din, slik at du kan fortsette tidligere samtaler.",
  'youtube':
    "Spiller av videoer fra YouTube på sidene våre. Google mottar IP-adressen din og hvilke videoer du ser, og setter informasjonskapsler for å huske innstillingene dine.",
  'vimeo':
    "Spiller av videoer vi har på Vimeo. Vimeo mottar IP-adressen din og setter informasjonskapsler for å huske avspillerinnstillingene dine og telle visninger for oss.",
  'google-maps':
    "Viser interaktive kart fra Google på sidene våre. Google mottar IP-adressen din og kartutsnittet du ser på, og kan sette informasjonskapsler for å huske innstillingene dine.",
};

export default nb;
