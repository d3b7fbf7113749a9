import type { Texts } from './texts.js';

/** Catalan (català). */
const ca: Texts = {
  lang: 'ca',
  bannerTitle: 'Les vostres opcions de privadesa',
  bannerDescription:
    'Utilitzem galetes estrictament necessàries perquè aquest lloc web funcioni. Amb el vostre consentiment, també voldríem utilitzar galetes opcionals per a les finalitats que s’indiquen a continuació. Podeu canviar la vostra elecció en qualsevol moment a la configuració de galetes.',
  purposesLabel: 'Galetes opcionals:',
  policyLink: 'Política de privadesa',
  acceptAll: 'Acceptar-ho tot',
  rejectAll: 'Rebutjar-ho tot',
  customize: 'Personalitzar',
  preferencesTitle: 'Configuració de galetes',
  preferencesDescription:
    'Trieu quines galetes pot utilitzar aquest lloc web. Les galetes estrictament necessàries sempre estan actives, perquè sense elles el lloc web no pot funcionar. La vostra elecció només s’aplica a aquest lloc web i la podeu canviar en qualsevol moment.',
  save: 'Desar les opcions',
  close: 'Tancar',
  alwaysOn: 'Sempre actives',
  gpcNotice:
    'Respectem el senyal Global Privacy Control del vostre navegador: les galetes publicitàries es mantenen desactivades.',
  settingsButton: 'Configuració de galetes',
  consentId: 'El vostre identificador de consentiment',
  placeholderNotice:
    'Aquest contingut està bloquejat perquè instal·la galetes de la categoria «{category}».',
  loadOnce: 'Carregar només aquesta vegada',
  allowCategory: 'Permetre «{category}»',
  optOutDescription:
    'Utilitzem galetes i tecnologies similars per a analítica, funcionalitat i publicitat. D’acord amb les lleis de privadesa dels estats dels EUA, les galetes publicitàries poden equivaler a vendre o compartir la vostra informació personal. Podeu oposar-vos-hi en qualsevol moment.',
  privacyChoices: 'Les vostres opcions de privadesa',
  doNotSell: 'No vendre ni compartir la meva informació personal',
  optOutHonored: 'Sol·licitud d’exclusió atesa',
  optOutPurposesLabel: 'Actives tret que les desactiveu:',
  declaration: {
    cookies: 'Galetes i emmagatzematge',
    name: 'Nom',
    provider: 'Proveïdor',
    purpose: 'Finalitat',
    lifetime: 'Durada',
    type: 'Tipus',
    cookie: 'Galeta',
    storage: 'Emmagatzematge local',
    session: 'Fins que es tanqui el navegador',
    persistent: 'Fins que s’elimini',
    privacyPolicy: 'Política de privadesa',
    yourChoices: 'Les vostres opcions',
    decidedOn: 'Decidit el',
    notDecided: 'Encara no heu fet cap elecció.',
    allowed: 'Permès',
    notAllowed: 'No permès',
    change: 'Canviar les opcions',
    purposes: {
      visitorId: 'Reconeix el vostre navegador en visites posteriors',
      session: 'Fa el seguiment de la visita actual',
      adMeasurement: 'Mesura si els anuncis han portat a visites o compres',
      adTargeting: 'Us mostra anuncis basats en els vostres interessos',
      consent: 'Desa la vostra elecció per a aquest servei',
      settings: 'Recorda la vostra configuració per a aquest servei',
      security: 'Protegeix contra el frau i els abusos',
      technical: 'Manté el servei en funcionament',
      chat: 'Manté activa la vostra conversa',
    },
  },
  categories: {
    necessary: {
      label: 'Estrictament necessàries',
      description:
        'Són imprescindibles perquè el lloc web funcioni: mantenen la vostra sessió iniciada, recorden el vostre cistell i les vostres preferències de galetes, i protegeixen contra el frau. No es poden desactivar.',
    },
    analytics: {
      label: 'Analítiques',
      description:
        'Compten les visites i les fonts de trànsit perquè puguem mesurar i millorar el rendiment del lloc web. La informació es tracta de manera agregada i no s’utilitza per identificar-vos.',
    },
    functionality: {
      label: 'Funcionals',
      description:
        'Recorden les opcions que trieu, com ara l’idioma o la regió, i permeten funcions avançades com ara vídeos incrustats, mapes i xat.',
    },
    targeting: {
      label: 'Publicitàries',
      description:
        'Les instal·lem nosaltres o els nostres socis publicitaris per elaborar un perfil dels vostres interessos i mostrar-vos anuncis rellevants en altres llocs web. També limiten les vegades que veieu un mateix anunci i mesuren l’eficàcia de les campanyes.',
    },
  },
};

export default ca;
