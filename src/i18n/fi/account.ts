/** Signing in to the real server with a username and password (the demo picks a person instead). */
export const account = {
  intro: 'Kirjaudu käyttäjätunnuksellasi ja salasanallasi. Rooli ratkaisee, mitä voit muuttaa; palvelin tarkistaa sen jokaisesta pyynnöstä.',
  username: 'Käyttäjätunnus',
  password: 'Salasana',
  fillBoth: 'Anna käyttäjätunnus ja salasana.',
  wrongCredentials: 'Käyttäjätunnus tai salasana on väärin.',
  tooManyAttempts: 'Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.',
  forgotten: 'Unohtuiko salasana? Pyydä pääkäyttäjää asettamaan uusi.',
};
