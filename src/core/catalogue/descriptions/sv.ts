import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in sv. */
const sv: ServiceDescriptions = {
  'google-analytics':
    "Räknar besök och registrerar vilka sidor du tittar på och hur du kom hit, så att vi kan se hur webbplatsen används och förbättra den.",
  'google-tag-manager':
    "Läser in de andra verktyg som webbplatsen använder, till exempel statistik- eller annonstaggar, enligt regler som vi bestämmer. Google får din IP-adress och uppgifter om din webbläsare när det läses in.",
  'google-ads':
    "Mäter om våra Google-annonser leder till besök och köp på den här webbplatsen och låter Google visa dig våra annonser igen på andra webbplatser utifrån ditt besök.",
  'meta-pixel':
    "Rapporterar till Meta vilka sidor du besöker och vad du gör på den här webbplatsen, så att vi kan mäta våra annonser på Facebook och Instagram och visa dem för dig och för personer med liknande intressen.",
  'clarity':
    "Registrerar hur du klickar, skrollar och rör dig på våra sidor och skapar sessionsinspelningar och värmekartor som hjälper oss att hitta och åtgärda problem på webbplatsen.",
  'microsoft-ads':
    "Mäter om våra annonser på Bing och andra Microsoft-tjänster leder till besök och köp på den här webbplatsen och låter Microsoft visa dig våra annonser igen senare.",
  'hotjar':
    "Registrerar hur besökare rör sig, klickar och scrollar på sidorna, för att visa värmekartor och inspelningar av besök som hjälper oss att förbättra webbplatsen.",
  'matomo':
    "Räknar besök, visade sidor och varifrån besökarna kommer, och känner igen webbläsare som återkommer, så att vi kan se hur webbplatsen används och förbättra den.",
  'plausible':
    "Räknar sidvisningar, varifrån besökarna kommer och vilka enheter de använder, utan cookies och utan att spara IP-adresser. Vi ser bara totaler, inte enskilda besökare.",
  'linkedin-insight':
    "Berättar för LinkedIn vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på LinkedIn och visa dem för personer som har besökt den här webbplatsen.",
  'tiktok-pixel':
    "Berättar för TikTok vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på TikTok och visa dem för personer som har besökt den här webbplatsen.",
  'pinterest-tag':
    "Berättar för Pinterest vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på Pinterest och visa dem för personer som har besökt den här webbplatsen.",
  'hubspot':
    "Registrerar vilka sidor du besöker och kopplar dem till de kontaktuppgifter du lämnar till oss i ett formulär, så att vi ser hur besökare hittar oss och kan följa upp förfrågningar.",
  'intercom':
    "Driver chattfönstret på våra sidor så att du kan skriva till oss. Den känner igen din webbläsare så att du kan återuppta tidigare konversationer.",
  'youtube':
    "Spelar upp videor från YouTube på våra sidor. Google får din IP-adress och vilka videor du tittar på, och placerar cookies för att komma ihåg dina inställningar.",
  'vimeo':
    "Spelar upp videor som vi har på Vimeo. Vimeo får din IP-adress och placerar cookies för att komma ihåg dina spelarinställningar och räkna visningar åt oss.",
  'google-maps':
    "Visar interaktiva kartor från Google på våra sidor. Google får din IP-adress och det kartområde du tittar på, och kan placera cookies för att komma ihåg dina inställningar.",
};

export default sv;
