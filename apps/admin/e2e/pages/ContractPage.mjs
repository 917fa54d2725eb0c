// A contract: signature form, billing account panel, subscriptions.
export class ContractPage {
  constructor(page) {
    this.page = page;
  }

  async startSigning() {
    await this.page.getByRole('button', { name: 'Firmar contrato' }).click();
  }

  async fillSignature({ signedAt, iban, mandateReference }) {
    if (signedAt) await this.page.getByRole('textbox', { name: 'Fecha de firma' }).fill(signedAt);
    await this.page.getByRole('textbox', { name: 'IBAN' }).fill(iban);
    await this.page.getByRole('textbox', { name: 'Referencia del mandato SEPA' }).fill(mandateReference);
  }

  async submitSignature() {
    await this.page.locator('form').getByRole('button', { name: 'Firmar contrato' }).click();
  }

  billingAccount() {
    return this.page.getByRole('note').filter({ hasText: 'Se cobra en' });
  }

  async addSubscription(tariffLabel) {
    await this.page.getByRole('combobox', { name: 'Tarifa' }).click();
    await this.page.getByRole('option', { name: tariffLabel }).click();
    await this.page.getByRole('button', { name: 'Añadir suscripción' }).click();
  }

  async openSubscription(tariffName) {
    await this.page.getByRole('row').filter({ hasText: tariffName }).getByRole('link').first().click();
  }
}
