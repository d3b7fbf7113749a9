import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in pt. */
const pt: ServiceDescriptions = {
  'google-analytics':
    "Conta as visitas e regista as páginas que vê e a forma como chegou ao site, para que possamos perceber como o site é utilizado e melhorá-lo.",
  'google-tag-manager':
    "Carrega as outras ferramentas que este site utiliza, como etiquetas de análise ou de publicidade, segundo regras definidas por nós. Ao ser carregado, a Google recebe o seu endereço IP e dados do seu navegador.",
  'google-ads':
    "Mede se os nossos anúncios Google geram visitas e compras neste site e permite à Google voltar a mostrar-lhe os nossos anúncios noutros sites com base na sua visita.",
  'meta-pixel':
    "Comunica à Meta as páginas que visita e as ações que realiza neste site, para que possamos medir os nossos anúncios no Facebook e no Instagram e mostrá-los a si e a pessoas com interesses semelhantes.",
  'clarity':
    "Regista a forma como clica, se desloca e se move nas nossas páginas, produzindo gravações de sessões e mapas de calor que nos ajudam a encontrar e corrigir problemas no site.",
  'microsoft-ads':
    "Mede se os nossos anúncios no Bing e noutros serviços da Microsoft geram visitas e compras neste site e permite à Microsoft voltar a mostrar-lhe os nossos anúncios mais tarde.",
  'hotjar':
    "Regista a forma como os visitantes se movem, clicam e percorrem as páginas, para mostrar mapas de calor e gravações de sessões que nos ajudam a melhorar o site.",
  'matomo':
    "Conta as visitas, as páginas vistas e a origem dos visitantes e reconhece os navegadores que regressam, para que possamos ver como o site é utilizado e melhorá-lo.",
  'plausible':
    "Conta as visualizações de páginas, a origem dos visitantes e os dispositivos que utilizam, sem cookies e sem guardar endereços IP. Vemos apenas totais, não visitantes individuais.",
  'linkedin-insight':
    "Informa o LinkedIn sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no LinkedIn e mostrá-los a pessoas que visitaram este site.",
  'tiktok-pixel':
    "Informa o TikTok sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no TikTok e mostrá-los a pessoas que visitaram este site.",
  'pinterest-tag':
    "Informa o Pinterest sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no Pinterest e mostrá-los a pessoas que visitaram este site.",
  'hubspot':
    "Regista as páginas que visita e associa-as aos dados de contacto que nos fornece num formulário, para que possamos ver como os visitantes nos encontram e dar seguimento aos pedidos.",
  'intercom':
    "Faz funcionar a janela de chat das nossas páginas para que nos possa enviar mensagens. Reconhece o seu navegador para que possa retomar conversas anteriores.",
  'youtube':
    "Reproduz vídeos do YouTube nas nossas páginas. A Google recebe o seu endereço IP e os vídeos que vê, e coloca cookies para memorizar as suas definições.",
  'vimeo':
    "Reproduz os vídeos que alojamos no Vimeo. O Vimeo recebe o seu endereço IP e coloca cookies para memorizar as definições do seu leitor e contar as visualizações para nós.",
  'google-maps':
    "Mostra mapas interativos da Google nas nossas páginas. A Google recebe o seu endereço IP e a zona do mapa que vê, e pode colocar cookies para memorizar as suas definições.",
};

export default pt;
