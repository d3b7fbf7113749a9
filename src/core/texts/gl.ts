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
