import type { Texts } from './texts.js';

/** Spanish. */
const es: Texts = {
  lang: 'es',
  bannerTitle: 'Tus opciones de privacidad',
  bannerDescription:
    'Usamos cookies estrictamente necesarias para que este sitio funcione. Con tu consentimiento, también nos gustaría usar cookies opcionales para los fines que se indican a continuación. Puedes aceptarlas todas, rechazarlas todas o elegir cuáles permites, y cambiar de opinión en cualquier momento desde la configuración de cookies.',
  purposesLabel: 'Cookies opcionales:',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  preferencesTitle: 'Configuración de cookies',
  preferencesDescription:
    'Elige qué cookies puede usar este sitio. Las cookies estrictamente necesarias están siempre activas porque sin ellas el sitio no puede funcionar. Tu elección solo se aplica a este sitio y puedes cambiarla en cualquier momento.',
  save: 'Guardar mis opciones',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  gpcNotice:
    'Respetamos la señal Global Privacy Control de tu navegador: las cookies publicitarias permanecen desactivadas.',
  settingsButton: 'Configuración de cookies',
  consentId: 'Tu ID de consentimiento',
  placeholderNotice:
    'Este contenido está bloqueado porque instala cookies de la categoría «{category}».',
  loadOnce: 'Cargar solo esta vez',
  allowCategory: 'Permitir «{category}»',
  optOutDescription:
    'Usamos cookies y tecnologías similares para análisis, funcionalidad y publicidad. Según las leyes de privacidad de los estados de EE. UU., las cookies publicitarias pueden equivaler a vender o compartir tu información personal. Puedes optar por no participar en cualquier momento.',
  privacyChoices: 'Tus opciones de privacidad',
  doNotSell: 'No vender ni compartir mi información personal',
  optOutHonored: 'Solicitud de exclusión voluntaria atendida',
  optOutPurposesLabel: 'Activas salvo que las desactives:',
  declaration: {
    cookies: 'Cookies y almacenamiento',
    name: 'Nombre',
    provider: 'Proveedor',
    purpose: 'Finalidad',
    lifetime: 'Duración',
    type: 'Tipo',
    cookie: 'Cookie',
    storage: 'Almacenamiento local',
    session: 'Hasta que se cierre el navegador',
    persistent: 'Hasta que se elimine',
    privacyPolicy: 'Política de privacidad',
    yourChoices: 'Tus opciones',
    decidedOn: 'Decidido el',
    notDecided: 'Aún no has tomado una decisión.',
    allowed: 'Permitido',
    notAllowed: 'No permitido',
    change: 'Cambiar mis opciones',
    purposes: {
      visitorId: 'Reconoce tu navegador en visitas posteriores',
      session: 'Hace seguimiento de la visita actual',
      adMeasurement: 'Mide si los anuncios generaron visitas o compras',
      adTargeting: 'Te muestra anuncios según tus intereses',
      consent: 'Guarda tu elección para este servicio',
      settings: 'Recuerda tu configuración para este servicio',
      security: 'Protege contra el fraude y el abuso',
      technical: 'Mantiene el servicio en funcionamiento',
      chat: 'Mantiene activa tu conversación',
    },
  },
  categories: {
    necessary: {
      label: 'Estrictamente necesarias',
      description:
        'Son imprescindibles para que el sitio funcione: mantienen tu sesión iniciada, recuerdan tu cesta y tus preferencias de cookies, y protegen frente al fraude. No se pueden desactivar.',
    },
    analytics: {
      label: 'Analíticas',
      description:
        'Cuentan las visitas y las fuentes de tráfico para que podamos medir y mejorar el rendimiento del sitio. La información se trata de forma agregada y no se utiliza para identificarte.',
    },
    functionality: {
      label: 'Funcionales',
      description:
        'Recuerdan las opciones que eliges, como el idioma o la región, y permiten funciones avanzadas como vídeos insertados, mapas y chat.',
    },
    targeting: {
      label: 'Publicitarias',
      description:
        'Las instalamos nosotros o nuestros socios publicitarios para elaborar un perfil de tus intereses y mostrarte anuncios adaptados a ellos en otros sitios web. También limitan las veces que ves un mismo anuncio y miden la eficacia de las campañas.',
    },
  },
};

export default es;
