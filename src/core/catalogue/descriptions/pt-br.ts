import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in pt-br. */
const ptBr: ServiceDescriptions = {
  'google-analytics':
    "Conta as visitas e registra as páginas que você vê e como chegou ao site, para que possamos entender como ele é usado e melhorá-lo.",
  'google-tag-manager':
    "Carrega as outras ferramentas que este site usa, como tags de análise ou de publicidade, de acordo com regras que definimos. Ao ser carregado, o Google recebe seu endereço IP e informações do seu navegador.",
  'google-ads':
    "Mede se nossos anúncios do Google geram visitas e compras neste site e permite que o Google mostre nossos anúncios novamente para você em outros sites com base na sua visita.",
  'meta-pixel':
    "Informa à Meta as páginas que você visita e as ações que realiza neste site, para que possamos medir nossos anúncios no Facebook e no Instagram e mostrá-los a você e a pessoas com interesses parecidos.",
  'clarity':
    "Registra como você clica, rola e navega pelas nossas páginas, gerando gravações de sessões e mapas de calor que nos ajudam a encontrar e corrigir problemas no site.",
  'microsoft-ads':
    "Mede se nossos anúncios no Bing e em outros serviços da Microsoft geram visitas e compras neste site e permite que a Microsoft mostre nossos anúncios novamente para você mais tarde.",
  'hotjar':
    "Registra como os visitantes se movem, clicam e rolam pelas páginas, para mostrar mapas de calor e gravações de sessões que nos ajudam a melhorar o site.",
  'matomo':
    "Conta as visitas, as páginas vistas e de onde vêm os visitantes, e reconhece os navegadores que retornam, para que possamos ver como o site é usado e melhorá-lo.",
  'plausible':
    "Conta as visualizações de página, de onde vêm os visitantes e quais dispositivos eles usam, sem cookies e sem armazenar endereços IP. Vemos apenas totais, não visitantes individuais.",
  'linkedin-insight':
    "Informa ao LinkedIn quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no LinkedIn e exibi-los a pessoas que visitaram este site.",
  'tiktok-pixel':
    "Informa ao TikTok quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no TikTok e exibi-los a pessoas que visitaram este site.",
  'pinterest-tag':
    "Informa ao Pinterest quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no Pinterest e exibi-los a pessoas que visitaram este site.",
  'hubspot':
    "Registra as páginas que você visita e as vincula aos dados de contato que você nos informa em um formulário, para que possamos ver como os visitantes nos encontram e dar retorno às solicitações.",
  'intercom':
    "Faz funcionar a janela de chat das nossas páginas para que você possa nos enviar mensagens. Reconhece o seu navegador para que você possa retomar conversas anteriores.",
  'youtube':
    "Reproduz vídeos do YouTube em nossas páginas. O Google recebe o seu endereço IP e os vídeos que você assiste, e define cookies para lembrar as suas configurações.",
  'vimeo':
    "Reproduz os vídeos que hospedamos no Vimeo. O Vimeo recebe o seu endereço IP e define cookies para lembrar as configurações do seu player e contar as visualizações para nós.",
  'google-maps':
    "Exibe mapas interativos do Google em nossas páginas. O Google recebe o seu endereço IP e a área do mapa que você vê, e pode definir cookies para lembrar as suas configurações.",
};

export default ptBr;
