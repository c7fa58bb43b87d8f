import type { Project, ProjectContact, ProjectPeriod } from '../../src/domain/project';

// Texts are verbatim from /work/shared/seeds: 000 (the education division's development-project portfolio) and
// 001 (the 6Aika: PEdTech funding proposal, 25.9.2019). Only the extraction's line breaks inside a paragraph are
// rejoined and no-break spaces written as spaces; typos of the source ("edu.hel.if") are kept as written.

const PORTFOLIO_SOURCE = 'Kasvatuksen ja koulutuksen toimialan kehittämishankkeiden sivu (hankesalkku).';
// The portfolio page carries no date; its newest project starts 1.4.2021.
const PORTFOLIO_TIME = '2021-04-01T09:00:00.000Z';
const UPDATED_BY = 'Kasvatuksen ja koulutuksen toimiala';
const VANTAA_PLAN_ID = 'vantaa-kasvatus-2021';

/** A period written as days, "1.4.2020 — 31.12.2021". */
function days(start: string, end: string, asWritten: string): ProjectPeriod {
  return { start, end, startPrecision: 'day', endPrecision: 'day', asWritten };
}

function contact(name: string, title: string, email: string | null, phone: string | null): ProjectContact {
  return { name, title, email, phone };
}

/** An illustrative link to a Vantaa 2021 target: the sources link no project to any target. */
function illustrativeLink(code: string) {
  return { planId: VANTAA_PLAN_ID, targetId: `vantaa-2021-${code.replaceAll('.', '-')}`, targetCode: code, illustrative: true };
}

type PortfolioFields = Omit<
  Project,
  'version' | 'updatedAt' | 'updatedBy' | 'source' | 'budget' | 'decisionReference' | 'responsibleUnit' | 'linkedTargets'
> & { linkedTargets?: Project['linkedTargets'] };

/** A project of the portfolio page, which states no budget, decision or responsible unit. */
function fromPortfolio(project: PortfolioFields): Project {
  return {
    ...project,
    linkedTargets: project.linkedTargets ?? [],
    budget: null,
    decisionReference: null,
    responsibleUnit: null,
    source: PORTFOLIO_SOURCE,
    version: 1,
    updatedAt: PORTFOLIO_TIME,
    updatedBy: UPDATED_BY,
  };
}

const portfolio: Project[] = [
  fromPortfolio({
    id: 'maksuton-varhaiskasvatus-5-vuotiaat',
    name: '5-vuotiaiden maksuttoman 20 viikkotunnin varhaiskasvatuksen kokeilu',
    sector: 'Suomen- ja ruotsinkielinen varhaiskasvatus',
    funders: ['Opetus- ja kulttuuriministeriö'],
    period: { start: '2019-01-01', end: '2021-12-31', startPrecision: 'year', endPrecision: 'year', asWritten: '2019 — 2021' },
    coordinator: null,
    partners: [],
    goals:
      'Myönnetyllä avustuksella tuetaan kokeilua, jonka tavoitteena on selvittää maksuttomuuden vaikutusta 5-vuotiaiden lasten sekä perheen nuorempien lasten varhaiskasvatuksen osallistumisasteeseen, selvittää maksuttoman varhaiskasvatuksen kustannusvaikutuksia, edistää vanhempien työllistymistä, kehittää 5-vuotiaiden lasten varhaiskasvatuksen toimintamalleja ja pedagogiikkaa sekä eheää jatkumoa esiopetukseen, sekä varhaiskasvatuksen palveluohjauksen kehittäminen.',
    contacts: [contact('Nina Onufriew', 'varhaiskasvatuksen asiantuntija', 'nina.onufriew(at)hel.fi', '050 3593060')],
  }),
  fromPortfolio({
    id: '6aika-digipoint',
    name: '6Aika Digipoint',
    sector: 'Ammatillinen koulutus',
    funders: ['Euroopan sosiaalirahasto'],
    period: days('2020-04-01', '2021-12-31', '1.4.2020 — 31.12.2021'),
    coordinator: 'Turun kaupunki',
    partners: [
      'Stadin ammatti- ja aikuisopisto',
      'Espoon, Tampereen ja Vantaan kaupungit',
      'Laurea-ammattikorkeakoulu',
      'Metropolia Ammattikorkeakoulu',
    ],
    goals: [
      'Hankkeen tavoitteina ovat korkeakouluyhteistyön kehittäminen, palveluun tulevien henkilöiden sosiaalisten taitojen ja elämänhallinnan vahvistaminen ja työelämään tai koulutukseen poluttaminen.',
      'Hanke tuottaa osaavaa ja koulutettua työvoimaa työvoimapulasta kärsiville teknologia-aloille. Hanke kehittää vaikeasti työllistyvien henkilöiden elämäntilanteeseen sopivia osaamisen kehittämisen palveluita ja toimintamalleja. Tarkoitus on vaikuttaa positiivisesti hankkeeseen osallistuvien henkilöiden elämäntilanteeseen ja työllistymisen edellytyksiin. Hankkeeseen osallistujan itsetuntemus, sosiaaliset- ja vuorovaikutustaidot, positiivinen tulevaisuusnäkymä sekä koulutus- tai työnhaun tavoitteet vahvistuvat hankkeen aikana.',
      'Hankkeessa haetaan ratkaisuja digitalisaation aiheuttamiin osaamisvaatimuksiin työelämässä ja toisaalta ratkotaan digitalisaation avaamien mahdollisuuksien suurempaa hyödyntämistä osaamisen kehittämisessä.',
    ].join('\n\n'),
    contacts: [
      contact('Jaakko Hyytiä', 'projektipäällikkö', 'jaaakko.hyytia(at)edu.hel.if', '09 310 28040'),
      contact('Anna-Mari Rouru', 'vs. työpajaesimies', 'anna-mari.rouru(at)edu.hel.fi', '09 310 81417'),
    ],
  }),
  fromPortfolio({
    id: 'aasian-ja-afrikan-kielet',
    name: 'Aasian ja Afrikan kielten hankkeet',
    sector: 'Lukio',
    funders: ['Opetushallitus'],
    period: days('2018-08-01', '2021-12-31', '1.8.2018 - 31.12.2021'),
    coordinator: 'Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala, Helsingin kielilukio',
    partners: [
      'Espoon kaupunki',
      'Espoonlahden lukio',
      'Helsingin suomalainen yhteiskoulu',
      'Porin kaupunki',
      'Porin suomalaisen yhteislyseon lukio',
      'Oulun kaupunki',
      'Vaasan kaupunki',
      'Mervikarvian kunta',
    ],
    goals:
      'Kansallisen kiinnostuksen nostaminen arabian, japanin ja kiinan kielen opetusta kohtaan. Vahvojen, yhteisten verkostojen luominen näitä kieliä opettavien tahojen välille.',
    contacts: [
      contact('Sanna Manner', 'kielilukion rehtori', 'sanna.manner(at)hel.fi', '040 5468666'),
      contact(
        'Päivi Siltala-Keinänen',
        'kielilukion apulaisrehtori, hankkeen koordinaattori',
        'paivi.siltala-keinanen(at)edu.hel.fi',
        '040 8610749',
      ),
    ],
    linkedTargets: [illustrativeLink('13.1')],
  }),
  fromPortfolio({
    id: 'ammatillisen-koulutuksen-strategiarahoitus-2019',
    name: 'Ammatillisen koulutuksen strategiarahoitus 2019',
    sector: 'Stadin ammatti- ja aikuisopisto',
    funders: ['Opetus- ja kulttuuriministeriö'],
    period: days('2019-05-01', '2020-12-31', '1.5.2019 — 31.12.2020'),
    coordinator: null,
    partners: [],
    goals:
      'Ammatillisen koulutuksen järjestäjien toimintakyvyn vahvistaminen, ydinprosesseihin liittyvän osaamisen varmistaminen: HOKS-prosessi ja koulutus- ja oppisopimuksen palveluprosessin osaamisen kehittäminen sekä ammattitaitokilpailujen (Saku Stars) järjestäminen.',
    contacts: [contact('Leena Munukka', 'projektipäällikkö', 'leena.munukka(at)hel.fi', '050 3374574')],
  }),
  fromPortfolio({
    id: 'connext-for-inclusion',
    name: 'CONNEXT - for Inclusion',
    sector: 'Ammatillinen koulutus',
    funders: ['Euroopan sosiaalirahasto', 'Hämeen ELY-keskus'],
    period: days('2018-11-01', '2021-10-31', '1.11.2018 — 31.10.2021'),
    coordinator: 'Hankkeen pääkoordinaattorina toimii Metropolia ammattikorkeakoulu',
    partners: ['Stadin ammatti- ja aikuisopisto', 'Omnia', 'Etelä Suomen Liikunta', 'Helsingin NMKY', 'ruotsalainen Karlstadin kunta'],
    goals:
      'Maahanmuuttajataustaisten nuorten miesten ja heidän läheistensä opiskelua ja uravalintoja koskevan osaamisen ja motivaation kasvattaminen, sekä peruskoulun jälkeiseen koulutukseen siirtymisen tukeminen.',
    contacts: [
      contact('Pia Karaspuro', '', 'pia.karaspuro@edu.hel.if', null),
      contact('Anna-Mari Rouru', 'vs. työpajaesimies', 'anna-mari.rouru(at)edu.hel.fi', '09 310 81417'),
    ],
    linkedTargets: [illustrativeLink('8.1')],
  }),
  fromPortfolio({
    id: 'hakeva',
    name: 'HAKEVA - digiyhteiskunnan perustaidot',
    sector: 'Suomen- ja ruotsinkielinen vapaa sivistystyö',
    funders: ['Opetushallitus'],
    period: days('2019-01-01', '2021-06-30', '1.1.2019 — 30.6.2021'),
    coordinator: 'Kasvatuksen ja koulutuksen toimiala, Helsingin suomenkielinen työväenopisto',
    partners: ['Arbis', 'Hero ry', 'kirjastot', 'helsinkiläisiä maahanmuuttajajärjestöjä'],
    goals:
      'Syrjäytymisvaarassa olevien maahanmuuttajataustaisten helsinkiläisten digitaalisen osaamisen edistäminen ja aikuisten laaja-alaisen lukutaidon edistäminen. Osana hanketta kehitetään avoimia ja joustavia oppimisympäristöjä. Hankkeen pääpaino on uusien toimintamuotojen kehittämisessä sekä ohjaavassa toiminnassa.',
    contacts: [
      contact('Ville Ylikahri', 'rehtori', 'ville.ylikahri(at)hel.fi', '09 310 88501'),
      contact('Anne Rasskasov', 'apulaisrehtori', 'anne.rasskasov(at)hel.fi', '040 631 9790'),
    ],
  }),
  fromPortfolio({
    id: 'hellops',
    name: 'HELLOPS - Helsingin lukioiden opetussuunnitelma 2021',
    sector: 'Lukiokoulutus',
    funders: ['Opetushallitus'],
    period: days('2019-08-01', '2021-07-31', '1.8.2019 — 31.7.2021'),
    coordinator: 'Helsingin kaupunki, Kasvatuksen ja koulutuksen toimiala',
    partners: [],
    goals: [
      'Hanke toteuttaa Helsingin lukioiden paikallista opetussuunnitelmatyötä.\nHanke järjestää tilaisuuksia ja työpajoja, joiden myötä laaja joukko opettajia ja opiskelijoita osallistuu opetussuunnitelmatyöskentelyyn.',
      'Opiskelijoiden osallisuus opetussuunnitelmatyössä on yksi hankkeen tärkeä painopiste.\nHanke järjestää myös rehtoreille valmennusta lukioiden toimintakulttuurin ja opetussuunnitelmatyön johtamiseen.\nHanke tukee opetussuunnitelmatyön sisältöjä ja pedagogiikan kehittämistä.',
    ].join('\n\n'),
    contacts: [
      contact('Riina Ståhlberg', 'erityissuunnittelija', 'riina.stahlberg(at)hel.fi', '040 846 7569'),
      contact('Anna Masanti', 'projektikoordinaattori', 'anna.masanti(at)hel.fi', '040 7184977'),
      contact('Pia Stråhlman-Kurki', 'projektkoordinator', 'pia.strahlmankurki(at)hel.fi', null),
    ],
  }),
  fromPortfolio({
    id: 'kielitaitoa-vahvistavaa-yhdessa-oppimista',
    name: 'Kielitaitoa vahvistavaa yhdessä oppimista esi- ja alkuopetuksessa',
    sector: 'Suomen- ja ruotsinkielinen esi- ja perusopetus',
    funders: ['Opetushallitus'],
    period: days('2021-04-01', '2022-07-31', '1.4.2021 — 31.7.2022'),
    coordinator: null,
    partners: [],
    goals: [
      'Valmistava opetus järjestetään Helsingissä inklusiivisesti esiopetukessa ja perusopetuksen 1.-2. luokilla. Hankkeen avulla luodaan malli, jonka avulla vahvistetaan esi- ja alkuopetuksen yhteistä toimintaa osana valmistavaa opetusta. Kehitetään esi-ja alkuopetuksen yhteisiä toimintatapoja, jotka tukevat valmistavassa opetuksessa olevien oppilaiden kielellistä kehitystä ja siirtymistä esiopetuksesta perusopetukseen.',
      'Hankkeessa luodaan S2-opetuksen malli, jossa esi- ja alkuopetuksesssa valmistavaan opetukseen osallistuvat oppilaat oppivat kieltä yhdessä. Lisäksi luodaan kielitietoisen yhdessäoppimisen malli osaksi esi- ja alkuopetuksen yhteistyötä. Yhdessä oppimisen suunnitelma on asiakirja, jossa kuvataan esi- ja alkuopetuksen ryhmien yhteistä tavoitteellista toimintaa.',
    ].join('\n\n'),
    contacts: [contact('Leeni Siikaniemi', 'pedagoginen asiantuntija', 'leeni.siikaniemi(at)hel.fi', '09 310 86212')],
    linkedTargets: [illustrativeLink('13.1')],
  }),
  fromPortfolio({
    id: 'kulturpass-i-helsingfors',
    name: 'Kulturpass i Helsingfors',
    sector: 'Helsingfors stads svenska arbetarinstitut, Arbis',
    funders: ['Stiftelsen Tre Smeder'],
    period: days('2020-05-06', '2021-06-30', '6.5.2020-30.6.2021'),
    coordinator: null,
    partners: [],
    goals: [
      'Arbis ger eleverna på programmet Svenska för Invandrare möjligheten att bekanta sig med kulturutbudet i Helsingfors genom att besöka bibliotek, muséer, kulturhus och parker samt med en del av det privata utbudet av kultur. Målet är att de studerande skall uppleva en levande finlandssvensk kultur i Helsingforsregionen. De planerade kulturbesöken ökar sammanhållningen och möjliggör en undervisning i många olika kulturformer.',
      'Arbis integrationsstuderande bjuder dessutom på smakbitar ur sin egen matkultur och vidgar vyerna för oss infödda finländare i Mat- och kulturfestivalen som är en öppen tillställning på Arbis 18.3.2021.',
    ].join('\n\n'),
    contacts: [contact('Pia Nybom', 'projektansvarig', 'pia.nybom(at)hel.fi', '040 5097352')],
  }),
  fromPortfolio({
    id: 'liiketta-opiskelupaivaan',
    name: 'Liikettä opiskelupäivään',
    sector: 'Suomen- ja ruotsinkielinen lukiokoulutus sekä ammatillinen koulutus',
    funders: ['Etelä-Suomen aluehallintovirasto'],
    period: days('2018-08-01', '2021-06-30', '1.8.2018 — 30.6.2021'),
    coordinator: 'Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala',
    partners: ['Hanke toteutetaan kasvatuksen ja koulutuksen toimialan ja kulttuurin ja vapaa-ajan toimialan yhteistyönä.'],
    goals:
      'Tavoitteena lisätä toisen asteen opiskelijoiden fyysistä aktiivisuutta sekä edistää opiskelukykyä. Lisäksi pyritään kehittämään aktiivisuutta tukevaa toimintakulttuuria oppilaitoksissa.',
    contacts: [contact('Hanna Kietäväinen-Siren', 'projektipäällikkö', 'hanna.kietavainen-siren(at)hel.fi', '09 310 23 733')],
  }),
  fromPortfolio({
    id: 'shops2hubs',
    name: 'SHOPS2HUBS — kierrätyskeskus 2.0',
    sector: 'Ammatillinen koulutus',
    funders: ['Euroopan aluekehitysrahasto (Uudenmaan liitto)'],
    period: days('2019-09-01', '2021-12-31', '1.9.2019 — 31.12.2021'),
    coordinator: 'Green Net Finland ry',
    partners: [
      'Helsingin kaupunki',
      'Stadin ammatti- ja aikuisopisto',
      'Pääkaupunkiseudun kierrätyskeskus Oy',
      'Suomen ympäristöopisto SYKLI',
    ],
    goals: [
      'Hankkeen tavoitteena on synnyttää uutta vähähiilistä ja ekologista liiketoimintaa kierrätyskeskukseen tuodun materiaalin jatkojalostamisesta uusiin tuotteisiin. Lisäksi hankkeen avulla rakennetaan kehitysympäristö (hubi) ja verkosto, joiden avulla uutta yritystä ja liiketoimintaa tuetaan.',
      'Hanke monipuolistaa Pakilan työkeskuksen ja Stadin ammatti- ja aikuisopiston toimintaa ja lisää käytännön yhteistyötä start-up-yritysten ja kaupungin välillä. Hankkeessa toteutettava HUB luo uusia yhteistyömahdollisuuksia kiertotaloustuotteiden jalostamisen alueella toimivien yritysten ja tiimien kesken ja tehostaa niiden verkottumista. Lisäksi se lisää näiden yritysten markkinointi- ja myyntimahdollisuuksia.',
    ].join('\n\n'),
    contacts: [contact('Marja-Liisa Jäntti', 'projektikoordinaattori', 'marja-liisa.jantti(at)edu.hel.if', '040 6851240')],
  }),
  fromPortfolio({
    id: 'valtion-erityisavustus-jatkuva-oppiminen',
    name: 'Valtion erityisavustus jatkuvan oppimisen ja osaamisen kehittämiseen',
    sector: 'Ammatillinen koulutus ja vapaa sivistystyö',
    funders: ['Opetus- ja kulttuuriministeriö'],
    period: days('2020-08-01', '2022-07-31', '1.8.2020 - 31.7.2022'),
    coordinator: null,
    partners: [],
    goals:
      'Ammatillisen koulutuksen tuloksellisuuden kehittäminen\nMaahanmuuttajien osaamiskeskustoiminta\nMaahanmuuttajavanhempien osaamisen kehittäminen, Työväenopisto',
    contacts: [
      contact('Annukka Sorjonen', 'apulaisrehtori', 'annukka.sorjonen(at)hel.if', '050 401 3656'),
      contact('Iiris Nyström', 'projektipäällikkö', 'iiris.nystrom(at)hel.fi', '310 84874'),
      contact('Ville Ylikahri', 'rehtori', 'ville.ylikahri(at)hel.fi', '09 310 88501'),
      contact('Anne Rasskasov', 'apulaisrehtori', 'anne.rasskasov(at)hel.fi', '040 631 9790'),
    ],
    linkedTargets: [illustrativeLink('12.12')],
  }),
  fromPortfolio({
    id: 'vertaansa-vailla',
    name: 'Vertaansa vailla - Verkostot johtamisen tukena',
    sector: 'Ammatillinen koulutus',
    funders: ['Opetushallitus'],
    period: days('2020-11-13', '2022-06-30', '13.11.2020 - 30.6.2022'),
    coordinator: 'Espoon seudun koulutuskuntayhtymä Omnia',
    partners: [
      'Stadin ammatti- ja aikuisopisto',
      'Hyria koulutus',
      'Jyväskylän koulutuskuntayhtymä Gradia',
      'Länsi-Uudenmaan koulutuskuntayhtymä Luksia',
      'Länsirannikon koulutus Oy WinNova',
      'Keski-Uudenmaan koulutuskuntayhtymä Keuda',
      'Seinäjoen koulutuskuntayhtymä Sedu',
      'Tampereen kaupunki/Tampereen seudun ammattiopisto Tredu',
      'Vaasan kaupunki / Vamia',
      'Yrkesakademin i Österbotten',
      'Rovaniemen koulutuskuntayhtymä Redu',
      'Keski-Pohjanmaan koulutusyhtymä Kpedu',
      'Vantaan ammattiopisto Varia',
      'Turun Ammatti-Instituutti',
    ],
    goals:
      'Koulutuksen järjestäjän ja lähiesimiesten ennakointiosaamisen ja toiminnan johtamisen vahvistaminen. Pedagogisen johtamisen ja palvelujen johtamisen kehittäminen.',
    contacts: [contact('Leena Munukka', 'projektipäällikkö', 'leena.munukka(at)hel.fi', '050 3374574')],
  }),
];

/** The 6Aika: PEdTech funding proposal (seed 001), with its budget and decision reference as written. */
const pedtech: Project = {
  id: '6aika-pedtech',
  name: '6Aika: PEdTech',
  sector: 'Kasvatuksen ja koulutuksen toimiala',
  // 001: an ESR call ("ESR-hankehaku"); "Rahoittava viranomainen on Hämeen ELY-keskus".
  funders: ['Euroopan sosiaalirahasto', 'Hämeen ELY-keskus'],
  period: days('2020-03-01', '2021-12-31', '1.3.2020–31.12.2021'),
  coordinator: 'Turun kaupunki',
  partners: ['Espoon kaupunki', 'Oulun kaupunki'],
  goals:
    'Hankkeen päätavoitteena on laajentaa ja kehittää kasvatuksen ja koulutuksen toimialalla työskentelevien perusopetuksen ja lukiokoulutuksen ammattilaisten kokeilu- ja yhteiskehittämisisaamista. Hankkeessa toteutettavien valmennusten ansiosta yhteiskehittämisprosesseihin saadaan entistä paremmin nivottua pedagogisia näkökulmia, mikä tukee toiminnan vaikuttavuutta, jatkuvuutta ja laadukkuutta.',
  contacts: [contact('Lauri Vihma', 'pedagoginen asiantuntija', 'lauri.vihma(a)hel.fi', '310 26007')],
  // "Hankkeen budjetti Helsingin kaupungin osalta … 309 792 €. Kaupungin omarahoitusosuus (30 %) on 92 938 €":
  // the 30 % is of the city's share, not of the joint budget of about 1 000 000 €.
  budget: {
    total: 1_000_000,
    totalAsWritten: 'noin 1 000 000 €',
    cityShare: 309_792,
    ownFinancingPercent: 30,
    ownFinancingBase: 'cityShare',
    ownFinancingAmount: 92_938,
  },
  decisionReference: 'HEL 2019-009918 T 02 05 02',
  responsibleUnit: 'kasvatuksen ja koulutuksen toimialan kehittämisspalvelut',
  source: 'Kasvatuksen ja koulutuksen toimialajohtajan rahoitusesitys kansliapäällikölle 25.9.2019.',
  linkedTargets: [illustrativeLink('17.1')],
  version: 1,
  updatedAt: '2019-09-25T09:00:00.000Z',
  updatedBy: UPDATED_BY,
};

/** The built-in projects: thirteen from the portfolio page and the PEdTech proposal. */
export const seedProjects: Project[] = [...portfolio, pedtech];
