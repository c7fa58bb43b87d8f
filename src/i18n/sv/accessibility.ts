export const accessibility = {
  title: 'Tillgänglighetsutlåtande',
  intro:
    'Detta tillgänglighetsutlåtande gäller tjänsten Tavoitevahti, där kommunen följer upp hur dess bindande mål uppnås. Tjänsten omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), enligt vilken offentliga webbtjänster ska vara tillgängliga.',
  dates: 'Utlåtandet har utarbetats {{created}} och senast uppdaterats {{updated}}.',
  status: {
    title: 'Tillgänglighetsstatus',
    text: 'Tjänsten uppfyller delvis kraven på nivå A och AA i riktlinjerna WCAG 2.1. Bristerna nedan är kända och åtgärdas när tjänsten utvecklas.',
  },
  gaps: {
    title: 'Innehåll som inte är tillgängligt',
    charts: {
      title: 'Diagrammen i sammandraget',
      text: 'Stapeldelarna i statusdiagrammen är länkar som nås med tabbtangenten. I indikatordiagrammen rör man sig med piltangenterna och värdet visas i ett verktygstips, men skärmläsare läser inte upp verktygstipsets innehåll. Samma siffror finns i diagrammets textbeskrivning och som tabell under det (Visa som tabell).',
      criteria: 'WCAG 4.1.2 Namn, roll, värde',
    },
    pdf: {
      title: 'Rapportens PDF-fil',
      text: 'Rapporten sparas som PDF via webbläsarens utskriftsdialog. En PDF-fil som webbläsaren skapar kan sakna den struktur för rubriker och tabeller som skärmläsare behöver. Själva rapportsidan är tillgänglig; använd den i stället för PDF-filen.',
      criteria: 'WCAG 1.3.1 Information och relationer',
    },
    exports: {
      title: 'Exportfiler',
      text: 'Tillgängligheten hos CSV- och XLSX-filerna från sidan för export och import har inte bedömts separat i kalkylprogram.',
      criteria: 'Inte bedömt',
    },
  },
  demo: {
    title: 'Demodata',
    text: 'Personerna Maija Manageri, Anni Admin och Lauri Lautakunta i demoläget samt planen för 2020 är påhittade. Målen i Vanda stads rapport för 2021 och de ansvarspersoner som nämns i den följer källdokumentet.',
  },
  assessment: {
    title: 'Hur tillgängligheten har bedömts',
    text: 'Tillgängligheten har bedömts genom självvärdering. Varje ändring i tjänsten testas automatiskt i webbläsaren Chromium: verktyget axe kontrollerar reglerna på nivå A och AA i WCAG 2.1 på varje sida och i de viktigaste vyerna (filtrerad lista, redigeringsformulär med fel, konfliktvy med flera). Testerna använder också tjänsten med enbart tangentbord, med minskade rörelser och med 200 % förstoring. Den senaste bedömningen gjordes {{date}}.',
  },
  feedback: {
    title: 'Respons om tillgängligheten',
    text: 'Märkte du en brist i tillgängligheten? Berätta för oss, så åtgärdar vi den eller levererar informationen i tillgänglig form. Vi svarar inom 14 dagar.',
    emailLabel: 'E-post',
    exampleNote: 'Exempeladress: kommunen som tar tjänsten i bruk ersätter den med sin egen adress för respons.',
  },
  enforcement: {
    title: 'Tillsynsmyndighet',
    text: 'Om du upptäcker tillgänglighetsproblem i tjänsten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten. Tillsynsmyndigheten ger också råd om hur anmälan görs.',
    authority: 'Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen',
    website: 'Webbplats',
    email: 'E-post',
    phone: 'Telefon (växel)',
    phoneNumber: '029 534 5000',
    websiteUrl: 'https://www.tillganglighetskrav.fi',
    websiteText: 'www.tillganglighetskrav.fi',
  },
};

