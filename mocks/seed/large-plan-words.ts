import type { Direction } from '../../src/domain/indicator';
import type { Status } from '../../src/domain/status';

// The phrase lists the large-plan generator builds its Finnish titles, metrics, statuses and people from.

export const THEME_TITLES = [
  'Edistämme asukkaiden hyvinvointia',
  'Lisäämme kaupungin elinvoimaa ja vetovoimaa',
  'Tiivistämme kaupunkia lähiluontoa vaalien',
  'Olemme edelläkävijöitä palvelujen kehittämisessä',
  'Rakennamme hiilineutraalia ja kestävää kaupunkia',
  'Vahvistamme osaamista ja sivistystä',
  'Huolehdimme kestävästä kuntataloudesta',
  'Uudistamme johtamista ja työyhteisöjä',
] as const;

/** Goal titles: a subject and a predicate that agree with it in number and in sense. */
export const GOAL_PHRASES: readonly { subjects: readonly string[]; predicates: readonly string[] }[] = [
  {
    subjects: [
      'Lasten ja nuorten hyvinvointi',
      'Työikäisen väestön osaaminen',
      'Kaupunkikeskusten elinvoima',
      'Asukkaiden osallisuus',
      'Ikääntyneiden toimintakyky',
      'Palvelujen saavutettavuus',
      'Henkilöstön työhyvinvointi',
      'Maahan muuttaneiden kotoutuminen',
      'Yritysten toimintaympäristö',
      'Oppimistulosten taso',
      'Kaupungin vetovoima',
      'Kestävä liikkuminen',
    ],
    predicates: [
      'vahvistuu',
      'paranee',
      'kehittyy kestävästi',
      'vastaa nykyistä paremmin muuttuvia tarpeita',
      'on valtakunnallisesti kärkitasoa',
      'tukee kaupungin kasvua',
    ],
  },
  {
    subjects: ['Hyvinvointierot', 'Terveyserot', 'Alueiden väliset erot'],
    predicates: ['vähenevät', 'kaventuvat', 'pienenevät selvästi'],
  },
  {
    subjects: ['Kasvihuonekaasupäästöt', 'Syrjäytymisen riskit'],
    predicates: ['vähenevät', 'pienenevät selvästi', 'kääntyvät laskuun'],
  },
  {
    subjects: ['Nuorisotyöttömyys', 'Koulupudokkuus', 'Kaupungin hiilijalanjälki', 'Pitkäaikaistyöttömyys'],
    predicates: ['vähenee', 'pienenee', 'kääntyy laskuun'],
  },
  {
    subjects: ['Digitaaliset palvelut', 'Kaupungin viheralueet', 'Lähipalvelut'],
    predicates: ['ovat kaikkien asukkaiden ulottuvilla', 'kehittyvät asukaslähtöisesti', 'vahvistavat kaupungin vetovoimaa'],
  },
];

export const EXTRA_GOAL_TITLES = [
  'Suomen monikulttuurisin kaupunki hoitaa myös kotouttamisen parhaiten',
  'Digitaalisista palveluista rakennetaan kuntalaisen pääasiointikanava',
  'Hyödynnämme rohkeasti kaupunkikeskusten kehittämismahdollisuudet',
  'Kaupunki on hiilineutraali vuonna 2030',
  'Talous on tasapainossa ja velkaantuminen taittuu',
];

/** What a target is about: the object of its title, its metric and how a number would move. */
export interface Topic {
  /** The object of the title's verb, in the partitive ("mielenterveysosaamista opiskeluhuollossa"). */
  object: string;
  metric: string;
  unit: '%' | 'kpl';
  direction: Direction;
  /** Plausible 2019 values of a count, when the default (12–900) would read oddly. */
  range?: readonly [number, number];
}

export const TOPICS: readonly Topic[] = [
  { object: 'huoltajien osallisuutta lapsen opinpolulla', metric: 'Huoltajien osallisuutta lisäävien toimintamallien määrä', unit: 'kpl', direction: 'increase', range: [1, 8] },
  { object: 'mielenterveysosaamista opiskeluhuollossa', metric: 'Koulutuksiin osallistuneiden työntekijöiden määrä', unit: 'kpl', direction: 'increase' },
  { object: 'perhekeskustoimintaa lapsiperheiden tukena', metric: 'Perhekeskuksen palveluja käyttäneiden perheiden määrä', unit: 'kpl', direction: 'increase' },
  { object: 'opintojen keskeyttämisen ehkäisyä ammatillisessa koulutuksessa', metric: 'Keskeyttäneiden osuus opiskelijoista', unit: '%', direction: 'decrease' },
  { object: 'sähköisiä asiointipalveluja', metric: 'Sähköisesti hoidettujen asiointien osuus', unit: '%', direction: 'increase' },
  { object: 'poikkeusaikana luotuja virtuaalisia toimintamalleja', metric: 'Toimintamallien lukumäärä', unit: 'kpl', direction: 'increase', range: [2, 30] },
  { object: 'oppijoiden monikielisyyttä hyödyntäviä opintopolkuja', metric: 'Rakennettujen opintopolkujen määrä', unit: 'kpl', direction: 'increase', range: [1, 12] },
  { object: 'nuorten työllistymistä kesätyösetelin avulla', metric: 'Kesätyösetelillä työllistyneiden nuorten määrä', unit: 'kpl', direction: 'increase' },
  { object: 'ikääntyneiden kotona asumista tukevia palveluja', metric: 'Kotona asuvien 75 vuotta täyttäneiden osuus', unit: '%', direction: 'increase' },
  { object: 'liikunnallista elämäntapaa koulupäivän aikana', metric: 'Liikkuvien oppilaiden osuus', unit: '%', direction: 'increase' },
  { object: 'kaupungin rakennusten energiatehokkuutta', metric: 'Fossiilisen lämmitysenergian osuus', unit: '%', direction: 'decrease' },
  { object: 'kestävien kulkutapojen osuutta työmatkoilla', metric: 'Kestävien kulkutapojen osuus matkoista', unit: '%', direction: 'increase' },
  { object: 'yritysten neuvontapalveluja', metric: 'Neuvontaa saaneiden yritysten määrä', unit: 'kpl', direction: 'increase' },
  { object: 'pitkäaikaistyöttömien palveluohjausta', metric: 'Pitkäaikaistyöttömien osuus työvoimasta', unit: '%', direction: 'decrease' },
  { object: 'kirjastojen lukemista edistävää toimintaa', metric: 'Lukudiplomin suorittaneiden oppilaiden määrä', unit: 'kpl', direction: 'increase' },
  { object: 'asukasosallisuutta alueellisessa päätöksenteossa', metric: 'Asukastilaisuuksiin osallistuneiden määrä', unit: 'kpl', direction: 'increase' },
  { object: 'varhaiskasvatuksen kieli- ja kulttuuritietoisuutta', metric: 'Kieli- ja kulttuuritietoisuuskoulutuksen saaneiden osuus henkilöstöstä', unit: '%', direction: 'increase' },
  { object: 'lastensuojelun avohuollon tukitoimia', metric: 'Kodin ulkopuolelle sijoitettujen lasten määrä', unit: 'kpl', direction: 'decrease', range: [150, 900] },
  { object: 'henkilöstön työhyvinvointia ja esihenkilötyötä', metric: 'Sairauspoissaolojen osuus työajasta', unit: '%', direction: 'decrease' },
  { object: 'hankintojen vastuullisuutta ja vähähiilisyyttä', metric: 'Ympäristökriteerein tehtyjen hankintojen osuus', unit: '%', direction: 'increase' },
  { object: 'kaupunkiluonnon monimuotoisuutta', metric: 'Uusien luonnonsuojelualueiden määrä', unit: 'kpl', direction: 'increase', range: [1, 10] },
  { object: 'toisen asteen koulutuksen ohjausta ja varhaista tukea', metric: 'Ilman jatko-opiskelupaikkaa jääneiden osuus', unit: '%', direction: 'decrease' },
  { object: 'asiakaspalautteen hyödyntämistä palvelujen kehittämisessä', metric: 'Asiakastyytyväisyyskyselyyn vastanneiden osuus', unit: '%', direction: 'increase' },
  { object: 'maahan muuttaneiden työelämävalmiuksia', metric: 'Kotoutumiskoulutuksen jälkeen työllistyneiden osuus', unit: '%', direction: 'increase' },
  { object: 'kaupunkikeskusten kehittämistä yhdessä kumppanien kanssa', metric: 'Yhteistyökumppanien määrä', unit: 'kpl', direction: 'increase', range: [5, 40] },
  { object: 'päihdetyön matalan kynnyksen palveluja', metric: 'Matalan kynnyksen palveluja käyttäneiden asiakkaiden määrä', unit: 'kpl', direction: 'increase' },
  { object: 'oppimiskampuksen esiselvitystä ja kumppanuuksia', metric: 'Esiselvitykseen osallistuneiden oppilaitosten määrä', unit: 'kpl', direction: 'increase', range: [3, 20] },
  { object: 'jonotusaikojen hallintaa terveysasemilla', metric: 'Kiireettömään hoitoon yli 14 vuorokautta odottaneiden osuus', unit: '%', direction: 'decrease' },
];

/** Verbs of a target title, as the title has them and as a report of the work done has them. */
export const VERBS: readonly { present: string; perfect: string }[] = [
  { present: 'Vahvistetaan', perfect: 'vahvistettu' },
  { present: 'Kehitetään', perfect: 'kehitetty' },
  { present: 'Laajennetaan', perfect: 'laajennettu' },
  { present: 'Tehostetaan', perfect: 'tehostettu' },
  { present: 'Uudistetaan', perfect: 'uudistettu' },
  { present: 'Syvennetään', perfect: 'syvennetty' },
  { present: 'Edistetään', perfect: 'edistetty' },
  { present: 'Parannetaan', perfect: 'parannettu' },
];

export const QUALIFIERS = [
  ' yhteistyössä järjestöjen kanssa',
  ' kaikilla palvelualueilla',
  ' poikkeusajan kokemusten pohjalta',
  ' yhdessä asukkaiden kanssa',
  ' osana Tulevaisuuden sote-keskus -hanketta',
  ' kaupungin kaikissa toimipisteissä',
  ' ennaltaehkäisevän työn keinoin',
  ' digitaalisia ratkaisuja hyödyntäen',
  ' varhaiskasvatuksesta toiselle asteelle',
  ' palvelualueiden välisenä yhteistyönä',
];

export const QUALITATIVE_METRICS = [
  'Toimintamallin käyttöönotto',
  'Esiselvitys ja kartoitus tehty',
  'Käytössä olevat uudet toimintatavat',
  'Suunnitelman valmistuminen ja toimeenpano',
  'Toimenpiteiden toteutuminen aikataulussa',
];

export const QUALITATIVE_BASELINES = [
  'Uusi mittari',
  'Toimintamallia ei ole.',
  'Suunnitelmaa ei ole.',
  'Toimintatapoja ei ole.',
  'Menetelmien ja mallien käyttö vaihtelee palvelualueittain.',
  'Toimintaa on kokeiltu yhdellä palvelualueella.',
  'Yhteistä toimintamallia ei ole luotu.',
];

export const QUALITATIVE_TARGET_LEVELS = [
  'Toimintamalli on otettu käyttöön kaikilla palvelualueilla.',
  'Esiselvitys on valmis ja yhteistyökumppanit on kartoitettu.',
  'Uudet toimintatavat ovat käytössä ja niiden vaikutuksia seurataan.',
  'Suunnitelma on hyväksytty ja sen toimeenpano on käynnistetty.',
  'On luotu palvelualueiden välisenä yhteistyönä toimivat rakenteet.',
  'Käytössä on vähintään yksi uusi osallisuutta vahvistava käytäntö.',
];

export const KEY_ACTIONS = [
  'Toimintamallia on pilotoitu kahdella palvelualueella yhdessä henkilöstön ja asiakkaiden kanssa.',
  'Henkilöstölle on järjestetty koulutuksia sekä lähi- että etätoteutuksina.',
  'Koronan aiheuttama poikkeustilanne viivästytti osaa suunnitelluista toimenpiteistä.',
  'Valmistelutyö on edennyt suunnitellusti.',
  'Uusia käytänteitä on laadittu lainsäädännöstä tulevien velvoitteiden toteuttamiseksi.',
  'Asiakaspalautetta on kerätty sähköisellä kyselyllä, ja tuloksia on hyödynnetty kehittämisessä.',
  'Palvelualueiden välisiä yhteistyörakenteita on vahvistettu entisestään.',
  'Kuukausittain on järjestetty asiantuntijoiden vetämiä tapaamisia, joissa osaamista on kehitetty.',
  'Hankkeelle on haettu ulkopuolista rahoitusta, ja rekrytoinnit on käynnistetty.',
  'Toimenpiteiden vaikutuksia on arvioitu yhdessä yliopiston tutkijoiden kanssa.',
  'Verkkosivuilla on otettu käyttöön chatbot asukkaiden avuksi.',
  'Työn tavoitteena on laatia viiden vuoden kehittämissuunnitelma vuosille 2023–2028.',
  'Selvitys on tuotu kaupunginhallituksen ja lautakuntien käsittelyyn.',
  'Toimenpiteitä on toteutettu osana kaupungin hyvinvointisuunnitelmaa.',
  'Elo–joulukuussa on järjestetty kolme työpajaa, joihin osallistui laaja joukko sidosryhmiä.',
  'Prosessikuvaus on valmisteltu, ja se on johtoryhmän käsittelyssä.',
  'Seurantaa varten on otettu käyttöön uusi raportointityökalu.',
  'Toimintaa on laajennettu kahteen uuteen toimipisteeseen.',
  'Osa toimenpiteistä siirtyy toteutettavaksi vuonna 2022.',
  'Korona-avustuksella palkatut työntekijät ovat kehittäneet virtuaalisia tukipalveluita.',
  'Yhteistyötä kolmannen sektorin toimijoiden kanssa on tiivistetty.',
  'Ruotsinkielisten palvelujen verkosto on perustettu pääkaupunkiseudulle.',
];

export const METRIC_STATUS: Record<Status, readonly string[]> = {
  fully: [
    'Tavoite on saavutettu.',
    'Toimintamalli on otettu käyttöön suunnitellusti.',
    'Työ eteni systemaattisesti tavoitteen mukaisesti.',
    'Kaikki suunnitellut toimenpiteet on toteutettu.',
    'Rakenteita on luotu palvelualueiden välisenä yhteistyönä, ja uusia toimintatapoja on otettu käyttöön.',
  ],
  partially: [
    'Työ on edennyt, mutta tavoitetasoa ei ole vielä saavutettu.',
    'Osa toimenpiteistä on siirtynyt vuodelle 2022.',
    'Toimintamalli on käytössä osalla palvelualueista.',
    'Koronan aiheuttama poikkeustilanne hidasti toteutusta.',
  ],
  notAtAll: [
    'Tavoitetta ei saavutettu.',
    'Toimenpiteitä ei ole käynnistetty johtuen pitkälti koronan aiheuttamasta poikkeustilanteesta.',
    'Mittarin arvo kehittyi tavoitteeseen nähden väärään suuntaan.',
    'Resurssit eivät riittäneet suunniteltujen toimenpiteiden toteuttamiseen.',
  ],
  notAssessed: [
    'Mittarin tietoja ei ole vielä saatavilla.',
    'Arviointi tehdään vuoden 2022 ensimmäisen osavuosikatsauksen yhteydessä.',
    'Tilastotiedot valmistuvat vasta keväällä 2022.',
  ],
};

export const METRIC_STATUS_COMMON = ['Lisäksi kts. toimenpiteet.', 'Seurantaa jatketaan vuonna 2022.', 'Kehittämistyö jatkuu edelleen.'];

export const PERSONS = [
  'Aino Mäkelä',
  'Juha Virtanen',
  'Päivi Häkkinen',
  'Mikko Nieminen',
  'Sanna Lehtonen',
  'Jari Heikkinen',
  'Tiina Järvinen',
  'Markku Koskinen',
  'Leena Söderström',
  'Pekka Hämäläinen',
  'Minna Laaksonen',
  'Antti Kärkkäinen',
  'Hanna Salonen',
  'Ville Östman',
  'Kaisa Räsänen',
  'Tommi Lindqvist',
  'Eeva Björklund',
  'Janne Pöllänen',
  'Satu Mäkinen',
  'Heikki Ahonen',
  'Outi Väisänen',
  'Petri Åberg',
  'Riitta Kettunen',
  'Jukka Tuominen',
  'Marja Löfgren',
  'Sami Hyvönen',
  'Anu Rantanen',
  'Olli Seppälä',
  'Johanna Heinonen',
  'Kari Ström',
  'Elina Mattila',
  'Harri Kähkönen',
  'Tuula Lyytikäinen',
  'Lauri Ylönen',
  'Noora Åkerlund',
  'Matti Peltonen',
  'Susanna Kivelä',
  'Risto Närhi',
  'Katja Grönroos',
  'Ilkka Jääskeläinen',
];
