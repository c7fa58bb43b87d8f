export const account = {
  intro: 'Logga in med ditt användarnamn och lösenord. Rollen avgör vad du kan ändra; servern kontrollerar det vid varje begäran.',
  username: 'Användarnamn',
  password: 'Lösenord',
  fillBoth: 'Ange användarnamn och lösenord.',
  wrongCredentials: 'Användarnamnet eller lösenordet är fel.',
  tooManyAttempts: 'För många misslyckade försök. Vänta en stund och försök igen.',
  forgotten: 'Glömt lösenordet? Be huvudanvändaren att ange ett nytt.',
};
