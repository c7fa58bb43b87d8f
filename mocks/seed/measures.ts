import type { Measure } from '../../src/domain/measure';

// Measure no. 91 of a city's climate-programme tracker (Hiilineutraali Helsinki 2035), transcribed from
// /work/shared/seeds/003_1d290b41896a770b.txt. Every text is as written; only the HTML line breaks inside a
// sentence are rejoined ("Smart &␤Clean" → "Smart & Clean") and runs of spaces read as one. The tracker's
// responsible-organisation names arrive glued together ("KansliaKympKaskoKUVASote") and are split here.
// The source links the measure to no Vantaa target, so the two links and their explanations are
// illustrative, and flagged so that the app says so.

const UPDATED_AT = '2020-05-20T12:00:00.000Z';

export const measure91: Measure = {
  id: 'measure-91',
  number: '91',
  title: 'Yhteistyö koulujen ja oppilaitosten kanssa',
  sector: 'Kasvatus ja koulutus',
  description: [
    'Toimenpiteessä tehdään jatkuvaa yhteistyötä Kasvatuksen ja koulutuksen toimialan ja kaupungin elinkeino-osaston yhteistyössä. Harjoittelupaikat ja tehtävien aiheet määritellään sidosryhmäyhteistyössä sekä toimialoilta ja yrityksistä nousevista kiinnostavista aiheista.',
    'Elinkeino-osaston roolina on toimia yhtenä tahona yritysyhteistyössä ja Smart&Clean-säätiön kanssa. Innovaatiot ja uudet kokeilut-yksikössä tehdään laajasti oppilaitosyhteistyötä ja toimintaa tukee kaupunkitasoisen kokeilualustamallin jatkokehitys.',
    'Tehtävät ja harjoittelupaikat määritetään aihekohtaisesti ja tarvelähtöisesti.',
  ].join('\n\n'),
  officialDescription: {
    label: 'Toimenpideohjelman mukaan',
    text: 'Kaupunki tarjoaa oppilaitoksille Smart & Clean -harjoittelupaikkoja, tekee yhteisiä kehityshankkeita sekä tukee oppilaitoksia ja niiden kampusalueita vähähiilisten ratkaisujen käyttöönotossa.',
    source: 'Hiilineutraali Helsinki 2035 -toimenpideohjelmasta',
  },
  timeline: [
    {
      id: 'measure-91-task-1',
      date: '2019-11-22',
      title: 'Toimenpiteestä on tilannekuvaus',
      text: 'Toimenpide on jatkuvaa yhteistyötä ja tehtävät ja harjoittelupaikat määritellään aihekohtaisesti ja kohdetarpeiden mukaisesti.',
      done: true,
    },
    {
      id: 'measure-91-task-2',
      date: '2019-11-22',
      title: 'Toimenpiteen yhteyshenkilö valittu',
      text: '',
      done: true,
    },
    {
      id: 'measure-91-task-3',
      date: '2019-11-22',
      title: 'Seuraavat tehtävät kuvattu',
      text: 'Toimenpiteestä järjestetään seuraava suunnittelukokous joulukuussa 2019.',
      done: true,
    },
    {
      id: 'measure-91-task-4',
      date: '2019-12-31',
      title: 'Tunne Työ - suunnittele ura hanke',
      text: [
        'Tunne Työ - suunnittele ura- hanke on kasvatuksen ja koulutuksen toimialalla oleva kumppanuushanke lukioiden työelämälähtöisten mallien ja pedagogiikan sekä työelämäyhteistyön kehittämiseksi. Hanketta on rahoittanut Euroopan sosiaalirahasto (ESR). Hankkeen toimintakausi oli 2017-2019 ja sille ollaan hakemassa jatkoa.',
        'Hankkeessa on luotu uusia ja tuunattu lukiokursseja mm. jatkokoulutus ja työelämätapahtumat, sekä vierailut, uravarjostus ja TET-mallit, systemaattinen alumnitoiminta, yhteistyöprojektit ja kummiyritystoiminta.',
        'Yhteistyökumppaneina ovat olleet mm. seuraavat Smart & Clean :',
        'REDI, Tralla, Kuvatehdas, Seppo io, Suomen yrittäjät, Taloustutkimus, Pop Up College, Energiateollisuus, Kemianteollisuus, Forum Virium Helsinki, Tilastokeskus, Uusyrityskeskus, Patentti-ja rekisterihallitus, Helsinki Education Week, Lenovo, Raute, ABB, Mytech, Metsäyhdistys, Kalasataman suutarimestari, Faunatar, Puunjalostusinsinöörit, Maanmittauslaitos, Koivusisustus, 4H-yhdistys, Metsäteollisuus, SAK, K-ryhmä, SWECO, Kalasataman vapaakaupunki, Martta järjestö, Metsä Group, Arkki, 3 STEP IT, TAT, TEHY, SOL, Versowood, Stora Enso, Aalto yliopisto, Aurelia Turbines.',
      ].join('\n\n'),
      done: true,
    },
    {
      id: 'measure-91-task-5',
      date: '2020-01-28',
      title: 'Toimintamallin ja roolijaon määrittely',
      text: 'Tehtävät ja harjoittelupaikat määritellään aihekohtaisesti ja kohdetarpeiden mukaisesti. Toimintamallia ja roolijakoa varten järjestetään seuraava suunnittelukokous tammikuussa 2020.',
      done: true,
    },
    {
      id: 'measure-91-task-6',
      date: '2020-09-20',
      title:
        'Koululaisille ja opiskelijoille järjestettävän S&C-harjoittelutoiminnan määrittely ja opinto-ohjaajien tapaaminen',
      text: [
        'Lukion opinto-ohjaajille ja Tunne Työ 2.0 hankkeen asiantuntijaopettajille järjestetään 2020 aikana info- ja keskustelutilaisuus harjoittelupaikkojen tavoitteista ja tarpeesta sekä S&C-liiketoiminnasta ja tulevaisuuden Smart&Clean-työpaikkatilanteesta.',
        'Yhteisesti määriteltäviä asioita työssä ovat mm. eri opintovaiheiden ja oppilaitosten tarpeet, kuten soveltuvat toimintamallit harjoitteluun peruskoulun päättäville työelämään tutustumiseksi, lukiolaisille uravalintojen ohjaamiseksi, kesätyöntekijöille ja työelämätietoisuuden ja työelämästrategian näkökulmat. Ensimmäisenä aiheena ovat harjoittelu- ja varjostuspaikat lukio-opiskelijoille.',
        'Esimerkkejä Smart&Clean-verkostoista yhteistyöhön Helsingille ovat mm. NewCo Helsinki, Ilmastokumppanit-yritysverkosto, yhteistyössä toimivat oppilaitokset kuten Metropolia ja Kaupunkiakatemian yliopistot.',
      ].join('\n\n'),
      done: false,
    },
  ],
  metrics: ['Harjoittelupaikkojen määrä'],
  impact: 'small', // "Pieni"
  progress: 'onTime', // "Ajallaan"
  timeSpan: '', // "Aikajänne" is blank in the source.
  responsibleOrganisations: ['Kanslia', 'Kymp', 'Kasko', 'KUVA', 'Sote'],
  contacts: [
    { name: 'Mikko Martikka', title: 'erityissuunnittelija', unit: 'Elinkeino-osasto' },
    { name: 'Anssi Almgren', title: '', unit: 'Kasvatuksen ja koulutuksen toimiala' },
    { name: 'Piritta Ekroth', title: 'Projektipäällikkö/ Tunne Työ', unit: 'Pedagogiset asiantuntijapalvelut' },
    { name: 'Annika Naski', title: '', unit: 'Kasvatuksen ja koulutuksen kehittämisen tuki' },
  ],
  lastUpdated: '2020-05-20',
  linkedTargets: [
    {
      planId: 'vantaa-kasvatus-2021',
      targetId: 'vantaa-2021-8-1',
      howItAffects:
        'Havainnollistava esimerkki: lukio-opiskelijoiden harjoittelu- ja varjostuspaikat sekä työelämäyhteistyö tukevat toisen asteen opintojen aloittamista ja suorittamista laajennetun oppivelvollisuuden aikana.',
    },
    {
      planId: 'vantaa-kasvatus-2021',
      targetId: 'vantaa-2021-12-12',
      howItAffects:
        'Havainnollistava esimerkki: harjoittelupaikat ja yritysyhteistyö tekevät opinnoista työelämälähtöisempiä, mikä voi vähentää opintojen keskeyttämistä.',
    },
  ],
  illustrativeFields: ['linkedTargets'],
  version: 1,
  updatedAt: UPDATED_AT,
  updatedBy: 'Hiilineutraali Helsinki 2035 -toimenpideseuranta',
};

/** The built-in measures: measure 91 from the seed, verbatim. */
export const seedMeasures: Measure[] = [measure91];
