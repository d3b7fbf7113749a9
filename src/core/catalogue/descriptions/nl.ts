import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in nl. */
const nl: ServiceDescriptions = {
  'google-analytics':
    "Telt bezoeken en legt vast welke pagina’s je bekijkt en hoe je op de website bent gekomen, zodat we kunnen zien hoe de website wordt gebruikt en deze kunnen verbeteren.",
  'google-tag-manager':
    "Laadt de andere tools die deze website gebruikt, zoals analyse- of advertentietags, volgens regels die wij instellen. Bij het laden ontvangt Google je IP-adres en gegevens over je browser.",
  'google-ads':
    "Meet of onze Google-advertenties leiden tot bezoeken en aankopen op deze website, en laat Google je op basis van je bezoek onze advertenties opnieuw tonen op andere websites.",
  'meta-pixel':
    "Meldt aan Meta welke pagina’s je bezoekt en wat je doet op deze website, zodat we onze advertenties op Facebook en Instagram kunnen meten en ze aan jou en aan mensen met vergelijkbare interesses kunnen tonen.",
  'clarity':
    "Legt vast hoe je klikt, scrolt en door onze pagina’s beweegt, en maakt daarvan sessie-opnamen en heatmaps waarmee we problemen op de website kunnen vinden en oplossen.",
  'microsoft-ads':
    "Meet of onze advertenties op Bing en andere Microsoft-diensten leiden tot bezoeken en aankopen op deze website, en laat Microsoft je onze advertenties later opnieuw tonen.",
  'hotjar':
    "Legt vast hoe bezoekers zich over pagina’s bewegen, waar ze klikken en hoe ze scrollen, om heatmaps en sessie-opnamen te tonen waarmee we de website verbeteren.",
  'matomo':
    "Telt bezoeken, bekeken pagina’s en waar bezoekers vandaan komen, en herkent terugkerende browsers, zodat we kunnen zien hoe de website wordt gebruikt en die kunnen verbeteren.",
  'plausible':
    "Telt paginaweergaven, waar bezoekers vandaan komen en welke apparaten ze gebruiken, zonder cookies en zonder IP-adressen op te slaan. We zien alleen totalen, geen individuele bezoekers.",
  'linkedin-insight':
    "Laat LinkedIn weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op LinkedIn kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.",
  'tiktok-pixel':
    "Laat TikTok weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op TikTok kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.",
  'pinterest-tag':
    "Laat Pinterest weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op Pinterest kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.",
  'hubspot':
    "Legt vast welke pagina’s je bezoekt en koppelt die aan de contactgegevens die je ons in een formulier geeft, zodat we zien hoe bezoekers ons vinden en vragen kunnen opvolgen.",
  'intercom':
    "Verzorgt het chatvenster op onze pagina’s, zodat je ons een bericht kunt sturen. Het herkent je browser, zodat je eerdere gesprekken kunt hervatten.",
  'youtube':
    "Speelt video’s van YouTube af op onze pagina’s. Google ontvangt je IP-adres en welke video’s je bekijkt, en plaatst cookies om je instellingen te onthouden.",
  'vimeo':
    "Speelt video’s af die we op Vimeo hosten. Vimeo ontvangt je IP-adres en plaatst cookies om je spelerinstellingen te onthouden en weergaven voor ons te tellen.",
  'google-maps':
    "Toont interactieve kaarten van Google op onze pagina’s. Google ontvangt je IP-adres en het kaartgebied dat je bekijkt, en kan cookies plaatsen om je instellingen te onthouden.",
};

export default nl;
