// A client's page: profile form, tabs, and the deletion explanation.
export class ClientPage {
  constructor(page) {
    this.page = page;
  }

  async open(id) {
    await this.page.goto(`/clients/${id}`);
  }

  async askToDelete() {
    await this.page.getByRole('button', { name: 'Borrar cliente' }).click();
  }

  refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'No se puede borrar' });
  }

  blockers() {
    return this.page.getByRole('list', { name: /^(Impedimentos|Blockers)$/ }).getByRole('listitem');
  }

  async followRemedy(linkName) {
    await this.page.getByRole('link', { name: linkName }).first().click();
  }

  /** Archives after confirming; a refusal stays in the dialog. */
  async archive() {
    await this.page.getByRole('button', { name: 'Archivar cliente' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Archivar cliente' }).click();
  }

  async deleteConfirmed() {
    await this.openDeleteConfirmation();
    await this.confirmDeletion();
  }

  async openDeleteConfirmation() {
    await this.page.getByRole('note').filter({ hasText: 'Se puede borrar' }).getByRole('button', { name: 'Borrar' }).click();
    await this.page.getByRole('dialog').waitFor();
  }

  async confirmDeletion() {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Borrar' }).click();
  }

  async setIban(iban) {
    const field = this.page.getByRole('textbox', { name: 'IBAN del perfil' });
    await field.fill(iban);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Guardar' }).click();
  }

  ibanWarning() {
    return this.page.getByRole('alert').filter({ hasText: 'La firma del contrato prevalece' });
  }

  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
  }
}
