// The frame around every page: navigation links and the language switch.
export class Layout {
  constructor(page) {
    this.page = page;
  }

  navigation() {
    return this.page.getByRole('navigation');
  }

  async go(label) {
    await this.navigation().getByRole('link', { name: label, exact: true }).click();
  }

  heading(name) {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  async switchLanguage(code) {
    await this.page.getByRole('radiogroup', { name: /Idioma|Language/ }).getByText(code, { exact: true }).click();
  }
}
