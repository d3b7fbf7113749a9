import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in ca. */
const ca: ServiceDescriptions = {
  'google-analytics':
    "Compta les visites i registra quines pàgines visiteu i com hi heu arribat, perquè puguem veure com s’utilitza el lloc web i millorar-lo.",
  'google-tag-manager':
    "Carrega les altres eines que fa servir aquest lloc web, com ara etiquetes d’analítica o de publicitat, segons les regles que definim. Quan es carrega, Google rep la vostra adreça IP i dades del vostre navegador.",
  'google-ads':
    "Mesura si els nostres anuncis de Google porten a visites i compres en aquest lloc web i permet que Google us torni a mostrar els nostres anuncis en altres llocs web en funció de la vostra visita.",
  'meta-pixel':
    "Comunica a Meta les pàgines que visiteu i les accions que feu en aquest lloc web, perquè puguem mesurar els nostres anuncis a Facebook i Instagram i mostrar-los tant a vós com a persones amb interessos semblants.",
  'clarity':
    "Enregistra com feu clic, us desplaceu i navegueu per les nostres pàgines, i en crea reproduccions de sessions i mapes de calor que ens ajuden a detectar i resoldre problemes del lloc web.",
  'microsoft-ads':
    "Mesura si els nostres anuncis a Bing i altres serveis de Microsoft porten a visites i compres en aquest lloc web i permet que Microsoft us torni a mostrar els nostres anuncis més endavant.",
  'hotjar':
    "Enregistra com els visitants es mouen, fan clic i es desplacen per les pàgines, per mostrar mapes de calor i reproduccions de sessions que ens ajuden a millorar el lloc web.",
  'matomo':
    "Compta les visites, les pàgines vistes i d’on vénen els visitants, i reconeix els navegadors que hi tornen, perquè puguem veure com s’utilitza el lloc web i millorar-lo.",
  'plausible':
    "Compta les pàgines vistes, d’on vénen els visitants i quins dispositius fan servir, sense galetes i sense desar adreces IP. Només en veiem els totals, no visitants individuals.",
  'linkedin-insight':
    "Informa LinkedIn de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a LinkedIn i mostrar-los a persones que han visitat aquest lloc web.",
  'tiktok-pixel':
    "Informa TikTok de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a TikTok i mostrar-los a persones que han visitat aquest lloc web.",
  'pinterest-tag':
    "Informa Pinterest de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a Pinterest i mostrar-los a persones que han visitat aquest lloc web.",
  'hubspot':
    "Registra les pàgines que visiteu i les vincula amb les dades de contacte que ens faciliteu en un formulari, perquè puguem veure com ens troben els visitants i fer el seguiment de les consultes.",
  'intercom':
    "Fa funcionar la finestra de xat de les nostres pàgines perquè ens pugueu escriure. Reconeix el vostre navegador perquè pugueu reprendre converses anteriors.",
  'youtube':
    "Reprodueix vídeos de YouTube a les nostres pàgines. Google rep la vostra adreça IP i quins vídeos mireu, i instal·la galetes per recordar la vostra configuració.",
  'vimeo':
    "Reprodueix els vídeos que allotgem a Vimeo. Vimeo rep la vostra adreça IP i instal·la galetes per recordar la configuració del vostre reproductor i comptar les visualitzacions per a nosaltres.",
  'google-maps':
    "Mostra mapes interactius de Google a les nostres pàgines. Google rep la vostra adreça IP i la zona del mapa que mireu, i pot instal·lar galetes per recordar la vostra configuració.",
};

export default ca;
