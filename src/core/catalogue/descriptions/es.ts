import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in es. */
const es: ServiceDescriptions = {
  'google-analytics':
    "Cuenta las visitas y registra qué páginas ves y cómo has llegado, para que podamos saber cómo se usa el sitio y mejorarlo.",
  'google-tag-manager':
    "Carga las demás herramientas que usa este sitio, como etiquetas de analítica o de publicidad, según las reglas que definimos. Al cargarse, Google recibe tu dirección IP y datos de tu navegador.",
  'google-ads':
    "Mide si nuestros anuncios de Google generan visitas y compras en este sitio y permite que Google vuelva a mostrarte nuestros anuncios en otros sitios web según tu visita.",
  'meta-pixel':
    "Comunica a Meta las páginas que visitas y lo que haces en este sitio, para que podamos medir nuestros anuncios en Facebook e Instagram y mostrártelos a ti y a personas con intereses parecidos.",
  'clarity':
    "Registra cómo haces clic, te desplazas y te mueves por nuestras páginas, y genera grabaciones de sesiones y mapas de calor que nos ayudan a detectar y corregir problemas del sitio.",
  'microsoft-ads':
    "Mide si nuestros anuncios en Bing y otros servicios de Microsoft generan visitas y compras en este sitio y permite que Microsoft vuelva a mostrarte nuestros anuncios más adelante.",
  'hotjar':
    "Registra cómo se mueven, hacen clic y se desplazan los visitantes por las páginas, para mostrar mapas de calor y grabaciones de sesiones que nos ayudan a mejorar el sitio.",
  'matomo':
    "Cuenta las visitas, las páginas vistas y de dónde vienen los visitantes, y reconoce los navegadores que vuelven, para que podamos ver cómo se usa el sitio y mejorarlo.",
  'plausible':
    "Cuenta las páginas vistas, de dónde vienen los visitantes y qué dispositivos usan, sin cookies y sin guardar direcciones IP. Solo vemos totales, no visitantes individuales.",
  'linkedin-insight':
    "Informa a LinkedIn de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en LinkedIn y mostrarlos a personas que han visitado este sitio.",
  'tiktok-pixel':
    "Informa a TikTok de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en TikTok y mostrarlos a personas que han visitado este sitio.",
  'pinterest-tag':
    "Informa a Pinterest de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en Pinterest y mostrarlos a personas que han visitado este sitio.",
  'hubspot':
    "Registra las páginas que visitas y las vincula con los datos de contacto que nos das en un formulario, para que podamos ver cómo nos encuentran los visitantes y dar seguimiento a sus consultas.",
  'intercom':
    "Hace funcionar la ventana de chat de nuestras páginas para que puedas escribirnos. Reconoce tu navegador para que puedas retomar conversaciones anteriores.",
  'youtube':
    "Reproduce vídeos de YouTube en nuestras páginas. Google recibe tu dirección IP y qué vídeos ves, e instala cookies para recordar tu configuración.",
  'vimeo':
    "Reproduce los vídeos que alojamos en Vimeo. Vimeo recibe tu dirección IP e instala cookies para recordar la configuración de tu reproductor y contar las reproducciones para nosotros.",
  'google-maps':
    "Muestra mapas interactivos de Google en nuestras páginas. Google recibe tu dirección IP y la zona del mapa que consultas, y puede instalar cookies para recordar tu configuración.",
};

export default es;
