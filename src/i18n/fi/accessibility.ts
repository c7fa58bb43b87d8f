/**
 * The accessibility statement, as Finnish public-sector services publish one under the Act on the
 * Provision of Digital Services (306/2019). The supervising authority has been Traficom since 1.1.2025
 * (before that the Regional State Administrative Agency for Southern Finland).
 */
export const accessibility = {
  title: 'Saavutettavuusseloste',
  intro:
    'Tämä saavutettavuusseloste koskee Tavoitevahti-palvelua, jolla kunta seuraa sitovien tavoitteidensa toteutumista. Palvelua koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), jonka mukaan julkisten verkkopalvelujen on oltava saavutettavia.',
  dates: 'Seloste on laadittu {{created}} ja päivitetty viimeksi {{updated}}.',
  status: {
    title: 'Saavutettavuuden tila',
    text: 'Palvelu täyttää osittain WCAG 2.1 -ohjeiston A- ja AA-tason vaatimukset. Alla luetellut puutteet tunnetaan, ja niitä korjataan palvelun kehityksessä.',
  },
  gaps: {
    title: 'Sisältö, joka ei ole saavutettavaa',
    charts: {
      title: 'Yhteenvedon kaaviot',
      text: 'Tilakaavioiden pylväsosat ovat linkkejä, joihin pääsee sarkainnäppäimellä. Mittarikaavioissa liikutaan nuolinäppäimillä ja arvo näkyy työkaluvihjeessä, mutta ruudunlukija ei ilmoita työkaluvihjeen sisältöä. Samat luvut ovat kaavion tekstikuvauksessa ja sen alla taulukkona (Näytä taulukkona).',
      criteria: 'WCAG 4.1.2 Nimi, rooli, arvo',
    },
    pdf: {
      title: 'Raportin PDF-tiedosto',
      text: 'Raportti tallennetaan PDF:ksi selaimen tulostusikkunalla. Selaimen tekemästä PDF-tiedostosta voivat puuttua otsikoiden ja taulukon rakennetiedot, joita ruudunlukija tarvitsee. Raporttisivu itse on saavutettava; käytä sitä PDF-tiedoston sijaan.',
      criteria: 'WCAG 1.3.1 Informaatio ja suhteet',
    },
    exports: {
      title: 'Vientitiedostot',
      text: 'Vienti- ja tuontisivun CSV- ja XLSX-tiedostojen saavutettavuutta taulukkolaskentaohjelmissa ei ole arvioitu erikseen.',
      criteria: 'Ei arvioitu',
    },
  },
  demo: {
    title: 'Esittelyaineisto',
    text: 'Esittelytilan henkilöt Maija Manageri, Anni Admin ja Lauri Lautakunta sekä vuoden 2020 suunnitelma ovat kuvitteellisia. Vantaan vuoden 2021 raportin tavoitteet ja niissä nimetyt vastuuhenkilöt ovat lähdeasiakirjan mukaisia.',
  },
  assessment: {
    title: 'Miten saavutettavuus on arvioitu',
    text: 'Saavutettavuus on arvioitu itsearviointina. Jokainen palvelun muutos testataan automaattisesti Chromium-selaimessa: axe-työkalu tarkistaa WCAG 2.1 A- ja AA-tason säännöt jokaiselta sivulta ja keskeisistä tiloista (suodatettu lista, virheitä näyttävä muokkauslomake, ristiriitanäkymä ja muut). Lisäksi testit käyttävät palvelua pelkällä näppäimistöllä, vähennetyllä liikkeellä ja 200 %:n suurennuksella. Viimeisin arvio on tehty {{date}}.',
  },
  feedback: {
    title: 'Palaute saavutettavuudesta',
    text: 'Huomasitko puutteen saavutettavuudessa? Kerro siitä meille, niin korjaamme sen tai toimitamme tiedon saavutettavassa muodossa. Vastaamme 14 päivän kuluessa.',
    emailLabel: 'Sähköposti',
    exampleNote: 'Esimerkkiosoite: palvelun käyttöön ottava kunta vaihtaa tähän oman palauteosoitteensa.',
  },
  enforcement: {
    title: 'Valvontaviranomainen',
    text: 'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomainen neuvoo myös, miten ilmoitus tehdään.',
    authority: 'Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta',
    website: 'Verkkosivusto',
    email: 'Sähköposti',
    phone: 'Puhelin (vaihde)',
    phoneNumber: '029 534 5000',
    websiteUrl: 'https://www.saavutettavuusvaatimukset.fi',
    websiteText: 'www.saavutettavuusvaatimukset.fi',
  },
};

