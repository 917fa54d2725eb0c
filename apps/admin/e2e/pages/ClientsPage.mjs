export class ClientsPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/clients');
  }

  async search(text) {
    await this.page.getByRole('searchbox', { name: 'Buscar' }).fill(text);
  }

  row(text) {
    return this.page.getByRole('row').filter({ hasText: text });
  }

  async openClient(name) {
    await this.row(name).getByRole('link', { name }).click();
  }
}
