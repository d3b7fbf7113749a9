import type { Texts } from './texts.js';

/** European Portuguese (português europeu). */
const pt: Texts = {
  lang: 'pt',
  bannerTitle: 'As suas opções de privacidade',
  bannerDescription:
    'Utilizamos cookies estritamente necessários para o funcionamento deste site. Com o seu consentimento, gostaríamos também de utilizar cookies opcionais para as finalidades indicadas abaixo. Pode alterar a sua escolha a qualquer momento nas definições de cookies.',
  purposesLabel: 'Cookies opcionais:',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  preferencesTitle: 'Definições de cookies',
  preferencesDescription:
    'Escolha os cookies que este site pode utilizar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles. A sua escolha aplica-se apenas a este site e pode alterá-la a qualquer momento.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  gpcNotice:
    'O sinal Global Privacy Control do seu navegador é respeitado: os cookies de publicidade permanecem desativados.',
  settingsButton: 'Definições de cookies',
  consentId: 'O seu ID de consentimento',
  placeholderNotice: 'Este conteúdo está bloqueado porque instala cookies da categoria «{category}».',
  loadOnce: 'Carregar só desta vez',
  allowCategory: 'Permitir «{category}»',
  optOutDescription:
    'Utilizamos cookies e tecnologias semelhantes para análise, funcionalidade e publicidade. Nos termos das leis de privacidade dos estados norte-americanos, os cookies de publicidade podem ser considerados venda ou partilha das suas informações pessoais. Pode opor-se a qualquer momento.',
  privacyChoices: 'As suas opções de privacidade',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  optOutHonored: 'Pedido de oposição atendido',
  optOutPurposesLabel: 'Ativos, a menos que os desative:',
  declaration: {
    cookies: 'Cookies e armazenamento',
    name: 'Nome',
    provider: 'Fornecedor',
    purpose: 'Finalidade',
    lifetime: 'Duração',
    type: 'Tipo',
    cookie: 'Cookie',
    storage: 'Armazenamento local',
    session: 'Até fechar o navegador',
    persistent: 'Até ser eliminado',
    privacyPolicy: 'Política de privacidade',
    yourChoices: 'As suas escolhas',
    decidedOn: 'Escolha feita em',
    notDecided: 'Ainda não fez nenhuma escolha.',
    allowed: 'Permitido',
    notAllowed: 'Não permitido',
    change: 'Alterar as minhas escolhas',
    purposes: {
      visitorId: 'Reconhece o seu navegador em visitas posteriores',
      session: 'Acompanha a visita atual',
      adMeasurement: 'Mede se os anúncios resultaram em visitas ou compras',
      adTargeting: 'Mostra-lhe anúncios com base nos seus interesses',
      consent: 'Guarda a sua escolha para este serviço',
      settings: 'Memoriza as suas definições para este serviço',
      security: 'Protege contra fraudes e abusos',
      technical: 'Mantém o serviço a funcionar',
      chat: 'Mantém a sua conversa ativa',
    },
  },
  categories: {
    necessary: {
      label: 'Estritamente necessários',
      description:
        'Indispensáveis para o funcionamento do site: mantêm a sua sessão iniciada, memorizam o seu carrinho de compras e as suas escolhas de cookies e protegem contra fraudes. Não podem ser desativados.',
    },
    analytics: {
      label: 'Analíticos',
      description:
        'Contam as visitas e as origens do tráfego para que possamos medir e melhorar o desempenho do site. As informações são agregadas e não são utilizadas para o identificar.',
    },
    functionality: {
      label: 'Funcionais',
      description:
        'Memorizam as escolhas que faz, como o idioma ou a região, e ativam funcionalidades avançadas, como vídeos incorporados, mapas e chat.',
    },
    targeting: {
      label: 'Publicidade',
      description:
        'Colocados por nós ou pelos nossos parceiros de publicidade para criar um perfil dos seus interesses e mostrar-lhe anúncios relevantes noutros sites. Também limitam o número de vezes que vê o mesmo anúncio e medem a eficácia das campanhas.',
    },
  },
};

export default pt;
