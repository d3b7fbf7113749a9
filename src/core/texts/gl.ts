import type { Texts } from './texts.js';

/** Galician (galego). */
const gl: Texts = {
  lang: 'gl',
  bannerTitle: 'As súas opcións de privacidade',
  bannerDescription:
    'Usamos cookies estritamente necesarias para que este sitio web funcione. Co seu consentimento, tamén nos gustaría usar cookies opcionais para os fins que se indican a continuación. Pode cambiar a súa elección en calquera momento na configuración de cookies.',
  purposesLabel: 'Cookies opcionais:',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rexeitar todas',
  customize: 'Personalizar',
  preferencesTitle: 'Configuración de cookies',
  preferencesDescription:
    'Escolla que cookies pode usar este sitio web. As cookies estritamente necesarias están sempre activas, porque sen elas o sitio web non pode funcionar. A súa elección só se aplica a este sitio web e pode cambiala en calquera momento.',
  save: 'Gardar as opcións',
  close: 'Pechar',
  alwaysOn: 'Sempre activas',
  gpcNotice:
    'Respectamos o sinal Global Privacy Control do seu navegador: as cookies publicitarias seguen desactivadas.',
  settingsButton: 'Configuración de cookies',
  consentId: 'O seu identificador de consentimento',
  placeholderNotice: 'Este contido está bloqueado porque instala cookies da categoría «{category}».',
  loadOnce: 'Cargar só esta vez',
  allowCategory: 'Permitir «{category}»',
  optOutDescription:
    'Usamos cookies e tecnoloxías similares para análise, funcionalidade e publicidade. Segundo as leis de privacidade dos estados dos EUA, as cookies publicitarias poden equivaler a vender ou compartir a súa información persoal. Pode opoñerse en calquera momento.',
  privacyChoices: 'As súas opcións de privacidade',
  doNotSell: 'Non vender nin compartir a miña información persoal',
  optOutHonored: 'Solicitude de exclusión atendida',
  optOutPurposesLabel: 'Activas salvo que as desactive:',
  declaration: {
    cookies: 'Cookies e almacenamento',
    name: 'Nome',
    provider: 'Provedor',
    purpose: 'Finalidade',
    lifetime: 'Duración',
    type: 'Tipo',
    cookie: 'Cookie',
    storage: 'Almacenamento local',
    session: 'Ata que se peche o navegador',
    persistent: 'Ata que se elimine',
    privacyPolicy: 'Política de privacidade',
    yourChoices: 'As súas opcións',
    decidedOn: 'Decidido o',
    notDecided: 'Aínda non fixo ningunha elección.',
    allowed: 'Permitido',
    notAllowed: 'Non permitido',
    change: 'Cambiar as opcións',
    purposes: {
      visitorId: 'Recoñece o seu navegador en visitas posteriores',
      session: 'Fai o seguimento da visita actual',
      adMeasurement: 'Mide se os anuncios levaron a visitas ou compras',
      adTargeting: 'Móstralle anuncios baseados nos seus intereses',
      consent: 'Garda a súa elección para este servizo',
      settings: 'Lembra a súa configuración para este servizo',
      security: 'Protexe contra a fraude e o abuso',
      technical: 'Mantén o servizo en funcionamento',
      chat: 'Mantén activa a súa conversa',
    },
  },
  categories: {
    necessary: {
      label: 'Estritamente necesarias',
      description:
        'Son imprescindibles para que o sitio web funcione: manteñen a súa sesión iniciada, lembran a súa cesta e as súas preferencias de cookies, e protexen fronte á fraude. Non se poden desactivar.',
    },
    analytics: {
      label: 'Analíticas',
      description:
        'Contan as visitas e as fontes de tráfico para que poidamos medir e mellorar o rendemento do sitio web. A información trátase de forma agregada e non se usa para a súa identificación.',
    },
    functionality: {
      label: 'Funcionais',
      description:
        'Lembran as opcións que escolle, como o idioma ou a rexión, e permiten funcións avanzadas, como vídeos incorporados, mapas e chat.',
    },
    targeting: {
      label: 'Publicitarias',
      description:
        'Instalámolas nós ou os nosos socios publicitarios para elaborar un perfil dos seus intereses e mostrarlle anuncios relevantes noutros sitios web. Tamén limitan as veces que ve un mesmo anuncio e miden a eficacia das campañas.',
    },
  },
};

export default gl;
