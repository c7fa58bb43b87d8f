import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Target } from '../../src/domain/target';

/**
 * The eight binding targets of Vantaa's education and learning sector for 2021, as the report of
 * 02.02.2022 states them (shared/seeds/004_09daeed38870fa32.txt). The text is verbatim: only the
 * PDF's line breaks and words split by narrow columns are undone; paragraphs are separated by "\n\n".
 */

const PLAN_ID = 'vantaa-kasvatus-2021';
const SECTOR = 'Kasvatuksen ja oppimisen toimiala';
const REPORT_TIME = '2022-02-02T10:00:00.000Z';

const plan: Plan = {
  id: PLAN_ID,
  title: 'Kasvatus ja oppiminen 2021',
  organisation: 'Vantaan kaupunki',
  sector: SECTOR,
  reportingYear: 2021,
  reportDate: '2022-02-02',
  baselineLabel: 'Lähtötaso v:n 2019 loppu',
  targetLevelLabel: 'Tavoitetaso 2021',
  periodLabel: '1.1. - 31.12.2021',
  illustrative: false,
};

const themes: Theme[] = [
  'Tiivistämme kaupunkia lähiluontoa vaalien',
  'Lisäämme kaupungin elinvoimaa ja vetovoimaa',
  'Edistämme asukkaiden hyvinvointia',
  'Olemme edelläkävijöitä palvelujen kehittämisessä',
].map((title, index) => ({ id: `vantaa-2021-theme-${index + 1}`, planId: PLAN_ID, title, order: index + 1 }));

const goals: Goal[] = (
  [
    ['5', 1, 'Hyödynnämme rohkeasti kaupunkikeskusten kehittämismahdollisuudet'],
    ['8', 2, 'Työikäisen väestön osaaminen vastaa nykyistä paremmin työelämän muuttuvia tarpeita'],
    ['12', 3, 'Hyvinvointierot vähenevät'],
    ['13', 3, 'Suomen monikulttuurisin kaupunki hoitaa myös kotouttamisen parhaiten'],
    ['17', 4, 'Digitaalisista palveluista rakennetaan kuntalaisen pääasiointikanava'],
  ] as const
).map(([number, themeOrder, title], index) => ({
  id: `vantaa-2021-goal-${number}`,
  planId: PLAN_ID,
  themeId: `vantaa-2021-theme-${themeOrder}`,
  number,
  title,
  order: index + 1,
}));

type TargetContent = Omit<Target, 'id' | 'planId' | 'goalId' | 'order' | 'version' | 'updatedAt' | 'updatedBy'>;

/** Adds what every target of the report shares; the id and goal follow from the code ("12.4"). */
function target(content: TargetContent, index: number): Target {
  const goalNumber = content.code.split('.')[0] ?? content.code;
  return {
    id: `vantaa-2021-${content.code.replaceAll('.', '-')}`,
    planId: PLAN_ID,
    goalId: `vantaa-2021-goal-${goalNumber}`,
    order: index + 1,
    ...content,
    version: 1,
    updatedAt: REPORT_TIME,
    updatedBy: SECTOR,
  };
}

const targetContents: TargetContent[] = [
  {
    code: '5.1',
    title: 'Tehdään oppimiskampuksen esiselvitys ja kartoitetaan yhteistyökumppanit',
    metric: 'Esiselvitys ja kartoitus tehty',
    baseline: 'Suunnitelmaa ei ole.',
    targetLevel:
      '10 yhteistyökumppania, joista osa kansainvälisiä toimijoita. Esiselvitys valmis. Ennen oppimiskampushankkeen ' +
      'esiselvityksen käynnistämistä laaditaan kokonaisselvitys toisen asteen koulutuksen investointihankkeiden ' +
      'nykyisistä toteuttamissuunnitelmista, oppilaitosten sekä yksiköiden suunnitelluista sijainneista, aikataulusta ' +
      'ja rahoituksesta. Samassa yhteydessä arvioidaan yksiköiden sijainnin koulutuspoliittiset sekä ' +
      'kaupunkirakenteelliset vaikutukset. Selvitys tuodaan kaupunginhallituksen ja lautakuntien käsittelyyn.',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'On laadittu kokonaisselvitys toisen asteen koulutuksen investointihankkeiden nykyisistä ' +
      'toteuttamissuunnitelmista, oppilaitosten sekä yksiköiden suunnitelluista sijainneista, aikataulusta ja ' +
      'rahoituksesta. Samassa yhteydessä on arvioitu yksiköiden sijainnin koulutuspoliittiset sekä ' +
      'kaupunkirakenteelliset vaikutukset.' +
      '\n\n' +
      'Oppimiskampuksen esiselvitys on valmistunut.' +
      '\n\n' +
      'Touko-kesäkuussa on kontaktoitu kahdeksan mahdollista oppilaitoskumppania. Elo- joulukuussa on järjestetty ' +
      'kolme työpajaa mahdollisille oppilaitoskumppaneille.',
    metricStatus:
      'Kokonaisselvitys on laadittu. On käyty kumppanuusneuvottelua sekä järjestetty oppilaitoskumppaneille ' +
      'työpajoja. Kansainvälisiä toimijoita ei ole vielä saatu kontaktoitua.' +
      '\n\n' +
      'Yhteistyökumppaneita on yli 10kpl.',
    status: 'fully',
    indicators: [],
  },
  {
    code: '8.1',
    title: 'Toteutetaan oppivelvollisuuden laajentamisen uudistus onnistuneesti',
    metric: 'Oppivelvollisuuden laajentamisen edellyttämät uudet toimintatavat',
    baseline: 'Toimintatapoja ei ole.',
    targetLevel:
      'On luotu palvelualueiden välisenä yhteistyönä toimivat rakenteet oppivelvollisuuden suorittamiseen ja ' +
      'valvontaan, toiselle asteelle hakeutumiseen ja ohjaukseen.',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Oppivelvollisuuden laajenemiseen liittyvä valmistelutyö on edennyt suunnitellusti ja oppivelvollisuuslaki ' +
      'tuli kokonaisuudessaan voimaan 1.8.2021. Uusia käytänteitä on laadittu lainsäädännöstä tulevien ' +
      'velvoitteiden, kuten opintojen edistymisen seurannan ja oppivelvollisten valvonnan toteuttamiseksi. ' +
      'Päätelaitteet ja oppimateriaaleja on hankittu laajennetun' +
      // The report's page break: the cell continues after the row's status word.
      ' oppivelvollisuuden piirissä oleville toisen asteen koulutuksen aloittaville. Palvelualueiden välisiä ' +
      'olemassa olevia yhteistyörakenteita vahvistetaan entisestään. Perusopetuksessa luodaan linjauksia ja ' +
      'malleja tehostetun ohjauksen toteuttamiseksi. Tutkintokoulutukseen valmentavan koulutuksen (TUVA) ' +
      'rakennetta ja organisoitumista on valmisteltu.',
    metricStatus:
      'Rakenteita on luotu palvelualueiden välisenä yhteistyönä ja uusia toimintatapoja on otettu käyttöön.',
    status: 'fully',
    indicators: [],
  },
  {
    code: '12.3',
    title: 'Vahvistetaan huoltajien osallisuutta lapsen opinpolulle luomalla ja ottamalla käyttöön osallisuusmalleja',
    metric: 'Käytössä olevat huoltajien osallisuutta lisäävät toimintamallit',
    baseline: 'Huoltajien osallisuutta vahvistavien menetelmien ja mallien käyttö vaihtelee',
    targetLevel:
      'Kasvatuksen ja oppimisen toimialalla on käytössä yksi uusi huoltajien osallisuutta vahvistava käytäntö.',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Varhaiskasvatukseen, esiopetukseen ja kerhoihin hakeminen on käytössä uudessa VaSa-palvelussa. Päätökset ' +
      'ovat nähtävissä sähköisenä VaSa-palvelussa.' +
      '\n\n' +
      'Varhaiskasvatuksessa on laadittu ohjeet etävanhempainiltojen toteuttamiseksi.' +
      '\n\n' +
      'Perusopetuksen haku- ja valintatoiminnot on muutettu sähköiseksi. Aamu- ja iltapäivätoiminnan ' +
      'verkkosivuilla on otettu käyttöön chatbot huoltajien avuksi.' +
      '\n\n' +
      'Toisella asteella on kehitetty huoltajien etäosallistumismahdollisuuksia vanhempainiltoihin sekä ' +
      'monialaisiin asiantuntijaryhmiin. Ammattiopisto Variassa on myös pilotoitu etäyhteyksien hyödyntämistä ' +
      'työpaikalla tapahtuvan oppimisen ohjaamisessa.',
    metricStatus: 'Huoltajien osallisuutta lisäävien uusien toimintamallien määrä on kuusi.',
    status: 'fully',
    indicators: [
      {
        id: 'vantaa-2021-12-3-new-practices',
        label: 'Huoltajien osallisuutta lisäävät uudet toimintamallit',
        unit: 'kpl',
        direction: 'increase',
        baselineValue: null,
        targetValue: 1,
        values: [{ year: 2021, value: 6 }],
      },
    ],
  },
  {
    code: '12.4',
    title:
      'Vahvistetaan ja syvennetään mielenterveysosaamista opiskeluhuollossa, varhaiskasvatuksessa, ' +
      'perusopetuksessa ja toisella asteella',
    metric: 'Koulutuksiin osallistuneiden työntekijöiden määrä',
    baseline: 'Osa työntekijöistä ei ole osallistunut koulutuksiin aiemmin.',
    targetLevel: 'Osallistujien määrä nousee vähintään 10 prosentilla.',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Varhaiskasvatuksessa on toteutettu vuonna 2021 yhteensä 5 koulutusta kieli- ja kulttuuritietoisesta ' +
      'mielenterveyden edistämisestä ja mielenterveyden suojatekijöiden vahvistamisesta varhaiskasvatuksessa. ' +
      '31.12.2020 mennessä varhaiskasvatuksessa oli koulutettu yhteensä 664 työntekijää. Vuonna 2021 on koulutettu ' +
      '188 työntekijää lisää. Koulutukset toteutetaan yhteistyössä MIELI ryn kanssa.' +
      '\n\n' +
      'Perusopetuksen koulutuksia ei ole järjestetty johtuen pitkälti koronan aiheuttamasta poikkeustilanteesta.' +
      '\n\n' +
      'Toisella asteella koulutuskokonaisuuksia on valmisteltu ja niitä toteutetaan vuonna 2022.' +
      '\n\n' +
      'Opiskeluhuollon yksikön työntekijöistä n. 90 % suoritti lyhytterapeuttinen työote koulutuksen. Koulutusta ' +
      'ei ole aiemmin järjestetty.',
    metricStatus:
      'Varhaiskasvatuksessa koulutettujen määrä on noussut 28,4 % vuoden 2021 aikana. Opiskeluhuollon yksikön ' +
      'psykologeista ja kuraattoreista lyhytterapeuttinen työote-koulutukseen on osallistunut noin 90 % ' +
      'työntekijöistä.' +
      '\n\n' +
      'Perusopetuksen koulutuksia ei ole järjestetty johtuen pitkälti koronan aiheuttamasta poikkeustilanteesta.' +
      '\n\n' +
      'Toisella asteella koulutuskokonaisuuksia on valmisteltu ja niitä toteutetaan vuonna 2022 yhteistyössä ' +
      'MIELI ryn kanssa.',
    status: 'partially',
    indicators: [
      {
        id: 'vantaa-2021-12-4-trained-staff',
        label: 'Mielenterveyskoulutuksen saaneet työntekijät varhaiskasvatuksessa (kertymä)',
        unit: 'työntekijää',
        direction: 'increase',
        baselineValue: 664,
        // 664 + 10 %, rounded up.
        targetValue: 731,
        values: [
          { year: 2020, value: 664, note: '31.12.2020 mennessä' },
          { year: 2021, value: 852, note: '664 + 188 vuonna 2021' },
        ],
      },
      {
        id: 'vantaa-2021-12-4-trained-growth',
        label: 'Koulutettujen määrän kasvu varhaiskasvatuksessa',
        unit: '%',
        direction: 'increase',
        baselineValue: null,
        targetValue: 10,
        values: [{ year: 2021, value: 28.4 }],
      },
    ],
  },
  {
    code: '12.5',
    title: 'Lapsiperheiden tukemiseksi kehitetään ja laajennetaan perhekeskustoimintaa',
    metric:
      'Perhekeskusmallin konkretisointi ja toimenpiteiden käynnistäminen mallina jo toimivat perhekeskusmallit',
    baseline:
      'Lape-hankekausi loppunut ja valmistaudutaan Tulevaisuuden sote-keskus -hankekauteen. Vantaan ' +
      'perhekeskussuunnitteluryhmä työstänyt perhekeskustoimintamallia Vantaalle.',
    targetLevel:
      'Perhekeskuksen toimintamalli ja päätavoitteet on konkretisoitu ja sovittuja toimenpiteitä käynnistetty.',
    responsiblePersons: ['Timo Aronkytö', 'Katri Kalske'],
    reportingResponsible: 'Timo Aronkytö',
    keyActions:
      'Perhekeskusvalmistelu eteni systemaattisesti tavoitteen mukaisesti. Tulevaisuuden sote-keskushankkeen ' +
      'perhekeskustoimintamallin palvelupakettityöryhmissä toteutettiin pilotteja yhdessä henkilöstön ja ' +
      'asiakkaiden kanssa. Työn tavoitteena on tehdä perhekeskustoimintamallin kehittämiselle viiden vuoden ' +
      'kehittämissuunnitelma vuosille 2023-2028.',
    metricStatus: 'Perhekeskusvalmistelu eteni systemaattisesti tavoitteen mukaisesti.',
    status: 'fully',
    indicators: [],
  },
  {
    code: '12.12',
    title: 'Keskeyttäneiden määrä ammatillisessa koulutuksessa vähenee',
    metric: 'Ammatillisen koulutuksen keskeyttäneiden määrä vähenee',
    baseline: 'Keskeyttäneiden määrä 496/ keskeyttämisprosentti 13,4 % (2020)',
    targetLevel: 'Keskeyttäneiden määrän väheneminen 10 prosentilla, noin 50 opiskelijalla',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Keskeyttämisestä kohtaamiseen -hankkeeseen liittyviä opettajien koulutuksia on jatkettu. Opiskelijoiden ' +
      'ohjaukseen ja varhaiseen tukeen tarkoitettua mobiilisovellus Annieta on pilotoitu.',
    metricStatus:
      'Varia: alle 20-vuotiaiden keskeyttäneiden määrä 1.1.-31.12.2021 on 194 opiskelijaa (13,7 %). ' +
      'Keskeyttäneiden osuus kaikista opiskelijoista on 609 opiskelijaa (19,3 %).',
    status: 'notAtAll',
    indicators: [
      {
        id: 'vantaa-2021-12-12-dropouts',
        label: 'Keskeyttäneiden määrä ammatillisessa koulutuksessa',
        unit: 'opiskelijaa',
        direction: 'decrease',
        baselineValue: 496,
        // 10 % fewer, "noin 50 opiskelijalla".
        targetValue: 446,
        values: [
          { year: 2020, value: 496 },
          { year: 2021, value: 609, note: 'kaikki opiskelijat' },
        ],
      },
      {
        id: 'vantaa-2021-12-12-dropout-rate',
        label: 'Keskeyttämisprosentti ammatillisessa koulutuksessa',
        unit: '%',
        direction: 'decrease',
        baselineValue: 13.4,
        targetValue: null,
        values: [
          { year: 2020, value: 13.4 },
          { year: 2021, value: 19.3 },
        ],
      },
      {
        id: 'vantaa-2021-12-12-dropouts-under-20',
        label: 'Alle 20-vuotiaiden keskeyttäneiden määrä (Varia)',
        unit: 'opiskelijaa',
        direction: 'decrease',
        baselineValue: null,
        targetValue: null,
        values: [{ year: 2021, value: 194, note: 'alle 20-vuotiaat, 13,7 %' }],
      },
    ],
  },
  {
    code: '13.1',
    title: 'Luodaan oppijoiden monikielisyyttä hyödyntävät opintopolut',
    metric: 'Opintopolkujen rakentaminen',
    baseline: 'Ei ole luotuna yhteisiä, monikielisyyttä hyödyntäviä opintopolkuja.',
    targetLevel: 'Monikielisyyttä hyödyntävät opintopolut rakennettu varhaiskasvatuksesta toiselle asteelle.',
    responsiblePersons: ['Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Monikieliset ohjaajat ovat työskennelleet perusopetuksessa 10/2020 alkaen. Perusopetuksen opettajien ' +
      'osaamista kielitietoisuudessa on vahvistettu laajalla koulutustarjonnalla sekä lisäksi on kehitetty malleja, ' +
      'joissa oman äidinkielen opettaja ja luokanopettaja/aineopettaja työskentelevät työparina. Tarkastelu myöhään ' +
      'maahan muuttaneiden koulupoluista on tehty ja on kason joryn käsittelyssä.' +
      '\n\n' +
      'Monikulttuurisuuskehryssä on valmisteltu valmistavan opetuksen prosessikuvausta esiopetuksesta toiselle ' +
      'asteelle.' +
      '\n\n' +
      'Varhaiskasvatuksessa kielitietoisen varhaiskasvatuksen kriteereiden koulutuskokonaisuus ' +
      'Oppiva-verkkoalustalle on käynnissä. Kahden uuden kieli- ja kulttuurikoordinaattorin rekrytointi on ' +
      'käynnistynyt. Kotikielellä lukemista on vahvistettu Lukunen-Lumoudu lukemisesta- hankkeen toimilla.' +
      '\n\n' +
      'Ruotsinkielinen kotouttamisverkosto on perustettu pääkaupunkiseudulle.' +
      // The report's page break: this paragraph is printed after the row's status word.
      '\n\n' +
      'Kaksikielisen opetuksen (englanti) kielikoe siirryttäessä kuudennelta luokalta yläkoulun 7. luokalle Vantaan ' +
      'kansainväliseen kouluun on poistettu.',
    metricStatus: 'Valmistavan opetuksen opintopolusta tehty prosessikuvaus. Lisäksi kts.toimenpiteet.',
    status: 'fully',
    indicators: [],
  },
  {
    code: '17.1',
    title: 'Kehitetään ja ylläpidetään poikkeusaikana luotuja virtuaalisia toimintamalleja',
    metric: 'Toimintamallien lukumäärä',
    baseline: 'Uusi mittari',
    targetLevel: 'Poikkeusaikana luotuja toimintamalleja käytössä',
    responsiblePersons: ['Riikka Åstrand', 'Katri Kalske'],
    reportingResponsible: null,
    keyActions:
      'Kasvatuksen ja oppimisen toimialalla etäopetusta on tuettu ja kehitetty sekä käytössä olevia sähköisiä ' +
      'palveluita kehittämällä että tarjoamalla etäopetuksen tukea livenä, etänä, somessa ja verkkosivulla. ' +
      'Kuukausittain järjestetään tvt-asiantuntijoiden vetämiä digitapaamisia, joissa osaamista kehitetään. ' +
      'Lisäksi lukioissa on laadittu lukioiden yhteistä etäkurssitarjotinta sekä kehitetty etäopetuksen ' +
      'vuorovaikutuksellisuutta. Korona-avustuksella 31.7.2021 saakka palkatut opinto-ohjaajat sekä lukiopsykologi ' +
      'ovat kehittäneet virtuaalisia tukipalveluita. Opiskelijoiden ohjaukseen ja varhaiseen tukeen tarkoitettua ' +
      'Annie-sovellusta on pilotoitu Variassa ja lukiopilottia on suunniteltu.',
    metricStatus:
      'Kasvatus- ja oppiminen: Sähköisiä välineitä ja palveluita ja digitukea kehitetään edelleen jatkuvasti ' +
      'etäopetuksen aikana toteutetuilla malleilla, ja toimintamalleja koostetaan verkkoalustalle. Etäopetusta ' +
      'edistäviä toimintamalleja on noin 80 kpl.',
    status: 'fully',
    indicators: [
      {
        id: 'vantaa-2021-17-1-remote-models',
        label: 'Etäopetusta edistävät toimintamallit',
        unit: 'kpl',
        direction: 'increase',
        baselineValue: null,
        targetValue: null,
        values: [{ year: 2021, value: 80, note: 'noin' }],
      },
    ],
  },
];

/** In report order. */
const targets: Target[] = targetContents.map(target);

export const vantaa2021: PlanData = { plan, themes, goals, targets };
