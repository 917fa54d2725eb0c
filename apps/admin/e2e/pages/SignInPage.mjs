export class SignInPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/signin');
  }

  async signIn(email, password) {
    await this.page.getByRole('textbox', { name: 'Correo electrónico' }).fill(email);
    await this.page.getByLabel('Contraseña').fill(password);
    await this.page.getByRole('button', { name: 'Entrar' }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
