export class InvoicesPage {
  constructor(page) {
    this.page = page;
  }

  async openInvoiceOf(clientName) {
    await this.page.getByRole('row').filter({ hasText: clientName }).getByRole('link').first().click();
  }
}

export class InvoicePage {
  constructor(page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^Factura / });
  }

  total() {
    return this.page.getByTestId('invoice-total');
  }

  billingAccount() {
    return this.page.getByRole('note').filter({ hasText: 'Se cobra en' });
  }

  async markPaid() {
    await this.page.getByRole('button', { name: 'Marcar como pagada' }).click();
  }

  /** Opens "Emitir factura rectificativa", credits `amount` (euros as typed) on line `position`, reviews, and returns the confirmation. */
  async creditLine({ position, amount, reason, type }) {
    await this.page.getByRole('button', { name: 'Emitir factura rectificativa' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: `Importe a abonar de la línea ${position}` }).fill(amount);
    await dialog.getByLabel('Motivo').fill(reason);
    if (type) {
      await dialog.getByLabel('Tipo de rectificativa').click();
      await this.page.getByRole('option', { name: new RegExp(`^${type} `) }).click();
    }
    await dialog.getByRole('button', { name: 'Revisar' }).click();
    const confirmation = dialog.getByTestId('credit-note-confirmation');
    await confirmation.waitFor();
    return confirmation;
  }

  async issueCreditNote() {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Emitir rectificativa' }).click();
  }

  async downloadPdf() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Descargar PDF' }).click(),
    ]);
    return download;
  }
}
