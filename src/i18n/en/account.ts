export const account = {
  intro: 'Sign in with your username and password. Your role decides what you can change; the server checks it on every request.',
  username: 'Username',
  password: 'Password',
  fillBoth: 'Enter your username and password.',
  wrongCredentials: 'The username or password is wrong.',
  tooManyAttempts: 'Too many failed attempts. Wait a while and try again.',
  forgotten: 'Forgot your password? Ask an administrator to set a new one.',
};
