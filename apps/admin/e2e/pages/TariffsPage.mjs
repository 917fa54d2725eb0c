export class TariffsPage {
  constructor(page) {
    this.page = page;
  }

  async create({ code, name, price }) {
    await this.page.getByRole('textbox', { name: 'Código' }).fill(code);
    await this.page.getByRole('textbox', { name: 'Nombre' }).fill(name);
    await this.page.getByRole('textbox', { name: 'Precio mensual sin IVA (€)' }).fill(price);
    await this.page.getByRole('button', { name: 'Crear' }).click();
  }

  row(code) {
    return this.page.getByRole('row').filter({ hasText: code });
  }
}
