import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in fr. */
const fr: ServiceDescriptions = {
  'google-analytics':
    "Compte les visites et enregistre les pages que vous consultez et d’où vous venez, afin que nous puissions voir comment le site est utilisé et l’améliorer.",
  'google-tag-manager':
    "Charge les autres outils utilisés par ce site, comme les balises de mesure d’audience ou de publicité, selon les règles que nous définissons. Lors de son chargement, Google reçoit votre adresse IP et des informations sur votre navigateur.",
  'google-ads':
    "Mesure si nos annonces Google entraînent des visites et des achats sur ce site, et permet à Google de vous montrer à nouveau nos annonces sur d’autres sites en fonction de votre visite.",
  'meta-pixel':
    "Transmet à Meta les pages que vous consultez et les actions que vous effectuez sur ce site, afin que nous puissions mesurer nos publicités sur Facebook et Instagram et vous les présenter, ainsi qu’à des personnes aux centres d’intérêt similaires.",
  'clarity':
    "Enregistre la façon dont vous cliquez, faites défiler et naviguez dans nos pages, pour produire des rediffusions de sessions et des cartes de chaleur qui nous aident à repérer et corriger les problèmes du site.",
  'microsoft-ads':
    "Mesure si nos annonces sur Bing et d’autres services Microsoft entraînent des visites et des achats sur ce site, et permet à Microsoft de vous montrer à nouveau nos annonces plus tard.",
  'hotjar':
    "Enregistre la façon dont les visiteurs se déplacent, cliquent et font défiler les pages, afin d’afficher des cartes thermiques et des enregistrements de sessions qui nous aident à améliorer le site.",
  'matomo':
    "Compte les visites, les pages consultées et la provenance des visiteurs, et reconnaît les navigateurs qui reviennent, afin que nous puissions voir comment le site est utilisé et l’améliorer.",
  'plausible':
    "Compte les pages vues, la provenance des visiteurs et les appareils qu’ils utilisent, sans cookies ni enregistrement des adresses IP. Nous ne voyons que des totaux, pas les visiteurs individuels.",
  'linkedin-insight':
    "Indique à LinkedIn quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur LinkedIn et les présenter aux personnes qui ont visité ce site.",
  'tiktok-pixel':
    "Indique à TikTok quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur TikTok et les présenter aux personnes qui ont visité ce site.",
  'pinterest-tag':
    "Indique à Pinterest quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur Pinterest et les présenter aux personnes qui ont visité ce site.",
  'hubspot':
    "Enregistre les pages que vous consultez et les associe aux coordonnées que vous nous indiquez dans un formulaire, afin que nous puissions voir comment les visiteurs nous trouvent et donner suite aux demandes.",
  'intercom':
    "Fait fonctionner la fenêtre de discussion de nos pages pour que vous puissiez nous écrire. Il reconnaît votre navigateur afin que vous puissiez reprendre vos conversations précédentes.",
  'youtube':
    "Lit des vidéos YouTube sur nos pages. Google reçoit votre adresse IP et la liste des vidéos que vous regardez, et dépose des cookies pour mémoriser vos réglages.",
  'vimeo':
    "Lit les vidéos que nous hébergeons sur Vimeo. Vimeo reçoit votre adresse IP et dépose des cookies pour mémoriser les réglages de votre lecteur et compter les vues pour notre compte.",
  'google-maps':
    "Affiche des cartes interactives de Google sur nos pages. Google reçoit votre adresse IP et la zone de carte que vous consultez, et peut déposer des cookies pour mémoriser vos réglages.",
};

export default fr;
