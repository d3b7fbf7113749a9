import type { Texts } from './texts.js';

/** Finnish (suomi). */
const fi: Texts = {
  lang: 'fi',
  bannerTitle: 'Tietosuojavalintasi',
  bannerDescription:
    'Käytämme evästeitä, jotka ovat välttämättömiä tämän sivuston toiminnalle. Suostumuksellasi haluaisimme käyttää myös valinnaisia evästeitä alla mainittuihin tarkoituksiin. Voit muuttaa valintaasi milloin tahansa evästeasetuksissa.',
  purposesLabel: 'Valinnaiset evästeet:',
  policyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  preferencesTitle: 'Evästeasetukset',
  preferencesDescription:
    'Valitse, mitä evästeitä tämä sivusto saa käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Valintasi koskee vain tätä sivustoa, ja voit muuttaa sitä milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  gpcNotice: 'Selaimesi Global Privacy Control -signaalia noudatetaan: markkinointievästeet pysyvät poissa käytöstä.',
  settingsButton: 'Evästeasetukset',
  consentId: 'Suostumuksesi tunniste',
  placeholderNotice: 'Tämä sisältö on estetty, koska se asettaa luokan ”{category}” evästeitä.',
  loadOnce: 'Lataa vain tämän kerran',
  allowCategory: 'Salli {category}',
  optOutDescription:
    'Käytämme evästeitä ja vastaavia tekniikoita tilastointiin, toiminnallisuuteen ja mainontaan. Yhdysvaltain osavaltioiden tietosuojalakien mukaan markkinointievästeiden käyttö voi olla henkilötietojesi myyntiä tai jakamista. Voit kieltäytyä milloin tahansa.',
  privacyChoices: 'Tietosuojavalintasi',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  optOutHonored: 'Kieltäytymispyyntö on toteutettu',
  optOutPurposesLabel: 'Käytössä, ellet poista niitä käytöstä:',
  declaration: {
    cookies: 'Evästeet ja tallennustila',
    name: 'Nimi',
    provider: 'Tarjoaja',
    purpose: 'Käyttötarkoitus',
    lifetime: 'Säilytysaika',
    type: 'Tyyppi',
    cookie: 'Eväste',
    storage: 'Paikallinen tallennustila',
    session: 'Kunnes selain suljetaan',
    persistent: 'Kunnes se poistetaan',
    privacyPolicy: 'Tietosuojaseloste',
    yourChoices: 'Valintasi',
    decidedOn: 'Valinta tehty',
    notDecided: 'Et ole vielä tehnyt valintaa.',
    allowed: 'Sallittu',
    notAllowed: 'Ei sallittu',
    change: 'Muuta valintoja',
    purposes: {
      visitorId: 'Tunnistaa selaimesi myöhemmillä käynneillä',
      session: 'Seuraa nykyistä käyntiä',
      adMeasurement: 'Mittaa, johtivatko mainokset käynteihin tai ostoihin',
      adTargeting: 'Näyttää sinulle kiinnostuksen kohteisiisi perustuvia mainoksia',
      consent: 'Tallentaa valintasi tätä palvelua varten',
      settings: 'Muistaa asetuksesi tätä palvelua varten',
      security: 'Suojaa petoksilta ja väärinkäytöltä',
      technical: 'Pitää palvelun toiminnassa',
      chat: 'Pitää keskustelusi käynnissä',
    },
  },
  categories: {
    necessary: {
      label: 'Välttämättömät',
      description:
        'Tarvitaan sivuston toimintaan: ne pitävät sinut kirjautuneena, muistavat ostoskorisi ja evästevalintasi sekä suojaavat petoksilta. Niitä ei voi poistaa käytöstä.',
    },
    analytics: {
      label: 'Tilastointi',
      description:
        'Laskevat käyntejä ja liikenteen lähteitä, jotta voimme mitata ja parantaa sivuston toimivuutta. Tiedot käsitellään koostettuina, eikä niitä käytetä tunnistamiseesi.',
    },
    functionality: {
      label: 'Toiminnallisuus',
      description:
        'Muistavat tekemäsi valinnat, kuten kielen tai alueen, ja mahdollistavat lisäominaisuudet, kuten upotetut videot, kartat ja chatin.',
    },
    targeting: {
      label: 'Markkinointi',
      description:
        'Me tai mainontakumppanimme asetamme näitä evästeitä, jotta kiinnostuksen kohteistasi voidaan muodostaa profiili ja sinulle voidaan näyttää osuvia mainoksia muilla sivustoilla. Ne myös rajoittavat sitä, kuinka usein näet saman mainoksen, ja mittaavat kampanjoiden tuloksia.',
    },
  },
};

export default fi;
