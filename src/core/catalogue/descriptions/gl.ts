import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in gl. */
const gl: ServiceDescriptions = {
  'google-analytics':
    "Conta as visitas e rexistra que páxinas ve e como chegou ao sitio web, para que poidamos saber como se usa e melloralo.",
  'google-tag-manager':
    "Carga as demais ferramentas que usa este sitio web, como etiquetas de analítica ou de publicidade, segundo as regras que definimos. Ao cargarse, Google recibe o seu enderezo IP e datos do seu navegador.",
  'google-ads':
    "Mide se os nosos anuncios de Google levan a visitas e compras neste sitio web e permite que Google lle volva mostrar os nosos anuncios noutros sitios web en función da súa visita.",
  'meta-pixel':
    "Comunica a Meta as páxinas que visita e as accións que realiza neste sitio web, para que poidamos medir os nosos anuncios en Facebook e Instagram e mostrarllos a vostede e a persoas con intereses semellantes.",
  'clarity':
    "Rexistra como fai clic, se despraza e se move polas nosas páxinas, e xera gravacións de sesións e mapas de calor que nos axudan a detectar e corrixir problemas do sitio web.",
  'microsoft-ads':
    "Mide se os nosos anuncios en Bing e noutros servizos de Microsoft levan a visitas e compras neste sitio web e permite que Microsoft lle volva mostrar os nosos anuncios máis adiante.",
  'hotjar':
    "Rexistra como se moven, fan clic e se desprazan os visitantes polas páxinas, para mostrar mapas de calor e gravacións de sesións que nos axudan a mellorar o sitio web.",
  'matomo':
    "Conta as visitas, as páxinas vistas e de onde veñen os visitantes, e recoñece os navegadores que volven, para que poidamos ver como se usa o sitio web e melloralo.",
  'plausible':
    "Conta as páxinas vistas, de onde veñen os visitantes e que dispositivos usan, sen cookies e sen gardar enderezos IP. Só vemos totais, non visitantes individuais.",
  'linkedin-insight':
    "Informa a LinkedIn de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en LinkedIn e mostralos a persoas que visitaron este sitio web.",
  'tiktok-pixel':
    "Informa a TikTok de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en TikTok e mostralos a persoas que visitaron este sitio web.",
  'pinterest-tag':
    "Informa a Pinterest de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en Pinterest e mostralos a persoas que visitaron este sitio web.",
  'hubspot':
    "Rexistra as páxinas que visita e vincúlaas cos datos de contacto que nos facilita nun formulario, para que poidamos ver como nos atopan os visitantes e facer o seguimento das consultas.",
  'intercom':
    "Fai funcionar a xanela de chat das nosas páxinas para que nos poida escribir. Recoñece o seu navegador para que poida retomar conversas anteriores.",
  'youtube':
    "Reproduce vídeos de YouTube nas nosas páxinas. Google recibe o seu enderezo IP e os vídeos que ve, e instala cookies para lembrar a súa configuración.",
  'vimeo':
    "Reproduce os vídeos que aloxamos en Vimeo. Vimeo recibe o seu enderezo IP e instala cookies para lembrar a configuración do seu reprodutor e contar as reproducións para nós.",
  'google-maps':
    "Mostra mapas interactivos de Google nas nosas páxinas. Google recibe o seu enderezo IP e a zona do mapa que consulta, e pode instalar cookies para lembrar a súa configuración.",
};

export default gl;
