import type { Texts } from './texts.js';

/** Brazilian Portuguese (português do Brasil). */
const ptBr: Texts = {
  lang: 'pt-BR',
  bannerTitle: 'Suas opções de privacidade',
  bannerDescription:
    'Usamos cookies estritamente necessários para o funcionamento deste site. Com o seu consentimento, também gostaríamos de usar cookies opcionais para as finalidades listadas abaixo. Você pode alterar sua escolha a qualquer momento nas configurações de cookies.',
  purposesLabel: 'Cookies opcionais:',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  preferencesTitle: 'Configurações de cookies',
  preferencesDescription:
    'Escolha quais cookies este site pode usar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles. Sua escolha vale apenas para este site, e você pode alterá-la a qualquer momento.',
  save: 'Salvar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  gpcNotice:
    'O sinal Global Privacy Control do seu navegador é respeitado: os cookies de publicidade continuam desativados.',
  settingsButton: 'Configurações de cookies',
  consentId: 'Seu ID de consentimento',
  placeholderNotice: 'Este conteúdo está bloqueado porque instala cookies da categoria “{category}”.',
  loadOnce: 'Carregar só desta vez',
  allowCategory: 'Permitir “{category}”',
  optOutDescription:
    'Usamos cookies e tecnologias semelhantes para análise, funcionalidade e publicidade. De acordo com as leis de privacidade dos estados dos EUA, os cookies de publicidade podem ser considerados venda ou compartilhamento das suas informações pessoais. Você pode se opor a isso a qualquer momento.',
  privacyChoices: 'Suas opções de privacidade',
  doNotSell: 'Não vender nem compartilhar minhas informações pessoais',
  optOutHonored: 'Solicitação de oposição atendida',
  optOutPurposesLabel: 'Ativos, a menos que você os desative:',
  declaration: {
    cookies: 'Cookies e armazenamento',
    name: 'Nome',
    provider: 'Provedor',
    purpose: 'Finalidade',
    lifetime: 'Duração',
    type: 'Tipo',
    cookie: 'Cookie',
    storage: 'Armazenamento local',
    session: 'Até o navegador ser fechado',
    persistent: 'Até ser excluído',
    privacyPolicy: 'Política de privacidade',
    yourChoices: 'Suas escolhas',
    decidedOn: 'Escolha feita em',
    notDecided: 'Você ainda não fez uma escolha.',
    allowed: 'Permitido',
    notAllowed: 'Não permitido',
    change: 'Alterar minhas escolhas',
    purposes: {
      visitorId: 'Reconhece seu navegador em visitas posteriores',
      session: 'Acompanha a visita atual',
      adMeasurement: 'Mede se os anúncios geraram visitas ou compras',
      adTargeting: 'Mostra anúncios com base nos seus interesses',
      consent: 'Armazena sua escolha para este serviço',
      settings: 'Lembra suas configurações deste serviço',
      security: 'Protege contra fraudes e abusos',
      technical: 'Mantém o serviço funcionando',
      chat: 'Mantém sua conversa em andamento',
    },
  },
  categories: {
    necessary: {
      label: 'Estritamente necessários',
      description:
        'Essenciais para o funcionamento do site: mantêm sua sessão ativa, lembram seu carrinho e suas escolhas de cookies e protegem contra fraudes. Não podem ser desativados.',
    },
    analytics: {
      label: 'Analíticos',
      description:
        'Contam as visitas e as origens de tráfego para que possamos medir e melhorar o desempenho do site. As informações são agregadas e não são usadas para identificar você.',
    },
    functionality: {
      label: 'Funcionais',
      description:
        'Lembram as escolhas que você faz, como idioma ou região, e ativam recursos avançados, como vídeos incorporados, mapas e chat.',
    },
    targeting: {
      label: 'Publicidade',
      description:
        'Definidos por nós ou por nossos parceiros de publicidade para criar um perfil dos seus interesses e mostrar anúncios relevantes para você em outros sites. Também limitam quantas vezes você vê o mesmo anúncio e medem o desempenho das campanhas.',
    },
  },
};

export default ptBr;
