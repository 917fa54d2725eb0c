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

  /** Opens "Nuevo cliente" and submits it; a refused field keeps the dialog open. */
  async create({ name, taxId, email, iban }) {
    await this.page.getByRole('button', { name: 'Nuevo cliente' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nuevo cliente' });
    await dialog.getByRole('textbox', { name: 'Nombre' }).fill(name);
    await dialog.getByRole('textbox', { name: 'NIF/NIE/CIF' }).fill(taxId);
    await dialog.getByRole('textbox', { name: 'Correo' }).fill(email);
    await dialog.getByRole('textbox', { name: 'IBAN del perfil' }).fill(iban);
    await this.submitNew();
  }

  async fillTaxId(taxId) {
    await this.page.getByRole('dialog', { name: 'Nuevo cliente' }).getByRole('textbox', { name: 'NIF/NIE/CIF' }).fill(taxId);
  }

  async submitNew() {
    await this.page.getByRole('dialog', { name: 'Nuevo cliente' }).getByRole('button', { name: 'Crear' }).click();
  }

  async openClient(name) {
    await this.row(name).getByRole('link', { name }).click();
  }
}
